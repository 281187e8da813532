package org.claimlens.contract;

/** Kafka topic names shared by producers, consumers, tests and the local stack. */
public final class Topics {

    /** {@link DocumentIngested} events, keyed by document id. */
    public static final String DOCUMENTS_INGESTED = "documents.ingested";

    /** Events analysis-service could not process, with the reason in the record headers. */
    public static final String DOCUMENTS_INGESTED_DLQ = "documents.ingested.dlq";

    /** Partitions the local stack and tests create, enough for a few analysis instances to share work. */
    public static final int DEFAULT_PARTITIONS = 4;

    private Topics() {
    }
}
