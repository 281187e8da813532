package org.claimlens.query.api;

/** The order of entity search results: most mentions (default), most documents, or by name. */
public enum EntitySort {
    MENTIONS, DOCUMENTS, NAME
}
