package org.claimlens.analysis.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A document as analysis-service stored it: metadata, text, status and the extractor that produced its rows. */
@Entity
@Table(name = "document")
public class StoredDocument extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "external_id")
    public String externalId;

    @Column(name = "content_hash", columnDefinition = "bpchar(64)")
    public String contentHash;

    public String title;
    public String url;
    public String source;
    public String author;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "ingested_at")
    public Instant ingestedAt;

    @Column(name = "analysed_at")
    public Instant analysedAt;

    @Enumerated(EnumType.STRING)
    public DocumentStatus status;

    @Column(name = "status_reason")
    public String statusReason;

    public String language;

    public String body;

    @Column(name = "token_count")
    public Integer tokenCount;

    @Column(name = "sentence_count")
    public Integer sentenceCount;

    @Column(name = "extractor_version")
    public String extractorVersion;

    @Column(name = "last_event_id")
    public String lastEventId;
}
