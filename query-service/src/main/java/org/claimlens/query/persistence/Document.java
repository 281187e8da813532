package org.claimlens.query.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** An analysed article as analysis-service stored it; read-only here. */
@Entity
@Immutable
@Table(name = "document")
public class Document {

    @Id
    private UUID id;
    private String title;
    private String url;
    private String source;
    private String author;
    @Column(name = "published_at")
    private Instant publishedAt;
    @Column(name = "ingested_at")
    private Instant ingestedAt;
    @Column(name = "analysed_at")
    private Instant analysedAt;
    private String status;
    @Column(name = "status_reason")
    private String statusReason;
    private String language;
    private String body;
    @Column(name = "token_count")
    private Integer tokenCount;
    @Column(name = "sentence_count")
    private Integer sentenceCount;
    @Column(name = "extractor_version")
    private String extractorVersion;

    protected Document() {
    }

    public UUID getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getUrl() {
        return url;
    }

    public String getSource() {
        return source;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getIngestedAt() {
        return ingestedAt;
    }

    public Instant getAnalysedAt() {
        return analysedAt;
    }

    public String getStatus() {
        return status;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public String getLanguage() {
        return language;
    }

    public String getBody() {
        return body;
    }

    public Integer getTokenCount() {
        return tokenCount;
    }

    public Integer getSentenceCount() {
        return sentenceCount;
    }

    public String getExtractorVersion() {
        return extractorVersion;
    }
}
