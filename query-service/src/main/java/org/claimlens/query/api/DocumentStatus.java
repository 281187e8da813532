package org.claimlens.query.api;

/** Outcome of analysing a document, as stored; a {@code status} filter must name one of them. */
public enum DocumentStatus {
    ANALYSED, FAILED, NOT_ANALYSED
}
