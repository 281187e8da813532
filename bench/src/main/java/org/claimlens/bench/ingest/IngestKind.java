package org.claimlens.bench.ingest;

/** The four ways documents reach the broker in the ingest scenario, and the raw producer's unbounded send. */
public enum IngestKind {
    /** One document per POST /documents (JSON), each connection waiting for its answer. */
    HTTP_SINGLE,
    /** NDJSON batches, each connection waiting for its answer. */
    HTTP_BATCH,
    /** The raw producer as single POSTs: the same number of threads, each waiting for one acknowledgement. */
    RAW_SINGLE,
    /** The raw producer as batches: the same threads and batch size, each waiting for all of its batch. */
    RAW_BATCH,
    /** The raw producer from one thread, never waiting until the end: the broker's ceiling, for reference. */
    RAW_UNBOUNDED
}
