package org.claimlens.query.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** One place in a document's text that names a canonical entity. */
@Entity
@Immutable
@Table(name = "mention")
public class Mention {

    @Id
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id")
    private Document document;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "entity_id")
    private CanonicalEntity entity;
    private String surface;
    @Column(name = "start_offset")
    private int startOffset;
    @Column(name = "end_offset")
    private int endOffset;
    @Column(name = "sentence_index")
    private int sentenceIndex;

    protected Mention() {
    }

    public Long getId() {
        return id;
    }

    public Document getDocument() {
        return document;
    }

    public CanonicalEntity getEntity() {
        return entity;
    }

    public String getSurface() {
        return surface;
    }

    public int getStartOffset() {
        return startOffset;
    }

    public int getEndOffset() {
        return endOffset;
    }

    public int getSentenceIndex() {
        return sentenceIndex;
    }
}
