package org.claimlens.analysis.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A claim found in a document: content, kind, claimant and cue with their offsets, how firmly it is made, whether it
 * is worth checking, its numbers, its attribution chain, the entities it is about and the time it refers to.
 */
@Entity
@Table(name = "claim")
public class StoredClaim extends PanacheEntityBase {

    /** From the column's own sequence in blocks of 50 (V7), which lets a document's claims be inserted in batches. */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "claim_ids")
    @SequenceGenerator(name = "claim_ids", sequenceName = "claim_id_seq", allocationSize = 50)
    public Long id;

    @Column(name = "document_id")
    public UUID documentId;

    public int ordinal;
    public String kind;
    public String content;

    @Column(name = "content_start")
    public int contentStart;

    @Column(name = "content_end")
    public int contentEnd;

    public String claimant;

    @Column(name = "claimant_start")
    public Integer claimantStart;

    @Column(name = "claimant_end")
    public Integer claimantEnd;

    @Column(name = "claimant_entity_id")
    public Long claimantEntityId;

    public String cue;

    @Column(name = "cue_start")
    public Integer cueStart;

    @Column(name = "cue_end")
    public Integer cueEnd;

    @Column(name = "sentence_index")
    public int sentenceIndex;

    @Column(name = "extractor_version")
    public String extractorVersion;

    public String certainty;

    @Column(name = "certainty_score")
    public Double certaintyScore;

    @Column(name = "certainty_cue")
    public String certaintyCue;

    @Column(name = "check_worthiness")
    public Double checkWorthiness;

    @Column(name = "check_worthy")
    public Boolean checkWorthy;

    @Column(name = "time_expression")
    public String timeExpression;

    @Column(name = "time_start")
    public Integer timeStart;

    @Column(name = "time_end")
    public Integer timeEnd;

    @Column(name = "time_from")
    public LocalDate timeFrom;

    @Column(name = "time_to")
    public LocalDate timeTo;

    @Column(name = "time_granularity")
    public String timeGranularity;

    @ElementCollection
    @CollectionTable(name = "claim_quantity", joinColumns = @JoinColumn(name = "claim_id"))
    @OrderColumn(name = "ordinal")
    public List<StoredQuantity> quantities = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "claim_source", joinColumns = @JoinColumn(name = "claim_id"))
    @OrderColumn(name = "depth")
    public List<StoredSource> chain = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "claim_entity", joinColumns = @JoinColumn(name = "claim_id"))
    @Column(name = "entity_id")
    public Set<Long> aboutEntityIds = new LinkedHashSet<>();
}
