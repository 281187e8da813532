package org.claimlens.analysis.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A claim found in a document: content, kind, claimant and cue with their offsets. */
@Entity
@Table(name = "claim")
public class StoredClaim extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
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
}
