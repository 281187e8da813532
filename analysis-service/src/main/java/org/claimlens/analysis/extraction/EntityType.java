package org.claimlens.analysis.extraction;

/** Kinds of named things and values the extractor recognises. */
public enum EntityType {
    PERSON,
    ORGANIZATION,
    LOCATION,
    /** Nationalities, religious and political groups: Kurdish, Sunni, American. */
    NATIONALITY,
    DATE,
    MONEY,
    PERCENT,
    NUMBER,
    /** Named things of no other type: events, laws, works, operations. */
    MISC
}
