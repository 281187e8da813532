package org.claimlens.analysis.persistence;

/** Outcome of analysing a document, as stored and shown to users. */
public enum DocumentStatus {
    ANALYSED,
    /** Extraction failed; {@code status_reason} says why and the event went to the dead-letter topic. */
    FAILED,
    /** Stored but deliberately not analysed, e.g. a language the models do not cover. */
    NOT_ANALYSED
}
