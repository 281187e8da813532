package org.claimlens.contract;

/** Kafka topic names shared by producers, consumers, tests and the local stack. */
public final class Topics {

    /** {@link DocumentIngested} events, keyed by document id. */
    public static final String DOCUMENTS_INGESTED = "documents.ingested";

    /** Events analysis-service could not process, with the reason in the record headers. */
    public static final String DOCUMENTS_INGESTED_DLQ = "documents.ingested.dlq";

    /** Partitions the local stack and tests create, enough for a few analysis instances to share work. */
    public static final int DEFAULT_PARTITIONS = 4;

    /**
     * Largest record the topics accept ({@code max.message.bytes}) and producers send ({@code max.request.size}):
     * 8 MiB holds a 1 MiB text and a 4 MiB original page with room for JSON escaping.
     */
    public static final int MAX_MESSAGE_BYTES = 8 * 1024 * 1024;

    private Topics() {
    }
}
