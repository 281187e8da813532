package org.claimlens.analysis.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One link of a claim's attribution chain, as a row of {@code claim_source}; its depth is the list position. */
@Embeddable
public class StoredSource {

    public String role;

    public String name;

    @Column(name = "start_offset")
    public Integer startOffset;

    @Column(name = "end_offset")
    public Integer endOffset;

    @Column(name = "entity_id")
    public Long entityId;

    public String cue;
}
