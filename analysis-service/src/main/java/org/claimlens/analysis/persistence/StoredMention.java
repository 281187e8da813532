package org.claimlens.analysis.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** One occurrence of a canonical entity in a document's text. */
@Entity
@Table(name = "mention")
public class StoredMention extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "document_id")
    public UUID documentId;

    @Column(name = "entity_id")
    public Long entityId;

    public String type;
    public String surface;

    @Column(name = "start_offset")
    public int startOffset;

    @Column(name = "end_offset")
    public int endOffset;

    @Column(name = "sentence_index")
    public int sentenceIndex;

    @Column(name = "extractor_version")
    public String extractorVersion;
}
