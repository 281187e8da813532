package org.claimlens.analysis.processing;

/** What handling one event amounted to; logged and counted. */
public enum ProcessingOutcome {
    ANALYSED,
    NOT_ANALYSED,
    /** The same content was analysed by the same extractor before; only metadata was refreshed. */
    UNCHANGED,
    /** The same text was stored for another submission; this one was added as another source of it. */
    DUPLICATE_CONTENT,
    /** This event id was applied before: a redelivery. */
    DUPLICATE_EVENT,
    /** An operator's re-run found the document changed since it was requested; the newer analysis stands. */
    SUPERSEDED
}
