package org.claimlens.query.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/** A statement extracted from a document, with who made it and the cue that reports it. */
@Entity
@Immutable
@Table(name = "claim")
public class Claim {

    @Id
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id")
    private Document document;
    private int ordinal;
    private String kind;
    private String content;
    @Column(name = "content_start")
    private int contentStart;
    @Column(name = "content_end")
    private int contentEnd;
    private String claimant;
    @Column(name = "claimant_start")
    private Integer claimantStart;
    @Column(name = "claimant_end")
    private Integer claimantEnd;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "claimant_entity_id")
    private CanonicalEntity claimantEntity;
    private String cue;
    @Column(name = "cue_start")
    private Integer cueStart;
    @Column(name = "cue_end")
    private Integer cueEnd;
    @Column(name = "sentence_index")
    private int sentenceIndex;
    @Column(name = "extractor_version")
    private String extractorVersion;
    private String certainty;
    @Column(name = "certainty_score")
    private Double certaintyScore;
    @Column(name = "certainty_cue")
    private String certaintyCue;
    @Column(name = "check_worthiness")
    private Double checkWorthiness;
    @Column(name = "check_worthy")
    private Boolean checkWorthy;
    @Column(name = "time_expression")
    private String timeExpression;
    @Column(name = "time_start")
    private Integer timeStart;
    @Column(name = "time_end")
    private Integer timeEnd;
    @Column(name = "time_from")
    private LocalDate timeFrom;
    @Column(name = "time_to")
    private LocalDate timeTo;
    @Column(name = "time_granularity")
    private String timeGranularity;

    protected Claim() {
    }

    public Long getId() {
        return id;
    }

    public Document getDocument() {
        return document;
    }

    public int getOrdinal() {
        return ordinal;
    }

    public String getKind() {
        return kind;
    }

    public String getContent() {
        return content;
    }

    public int getContentStart() {
        return contentStart;
    }

    public int getContentEnd() {
        return contentEnd;
    }

    public String getClaimant() {
        return claimant;
    }

    public Integer getClaimantStart() {
        return claimantStart;
    }

    public Integer getClaimantEnd() {
        return claimantEnd;
    }

    public CanonicalEntity getClaimantEntity() {
        return claimantEntity;
    }

    public String getCue() {
        return cue;
    }

    public Integer getCueStart() {
        return cueStart;
    }

    public Integer getCueEnd() {
        return cueEnd;
    }

    public int getSentenceIndex() {
        return sentenceIndex;
    }

    public String getExtractorVersion() {
        return extractorVersion;
    }

    public String getCertainty() {
        return certainty;
    }

    public Double getCertaintyScore() {
        return certaintyScore;
    }

    public String getCertaintyCue() {
        return certaintyCue;
    }

    public Double getCheckWorthiness() {
        return checkWorthiness;
    }

    public Boolean getCheckWorthy() {
        return checkWorthy;
    }

    public String getTimeExpression() {
        return timeExpression;
    }

    public Integer getTimeStart() {
        return timeStart;
    }

    public Integer getTimeEnd() {
        return timeEnd;
    }

    public LocalDate getTimeFrom() {
        return timeFrom;
    }

    public LocalDate getTimeTo() {
        return timeTo;
    }

    public String getTimeGranularity() {
        return timeGranularity;
    }
}
