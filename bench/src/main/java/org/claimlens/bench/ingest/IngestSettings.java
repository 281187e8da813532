package org.claimlens.bench.ingest;

/**
 * How hard ingest is pushed: concurrent connections for single POSTs, concurrent NDJSON batches and their size,
 * documents measured per kind and round (after an unmeasured warm-up of each kind), and rounds.
 */
public record IngestSettings(int singleConnections, int batchConnections, int batchSize, int documents,
                             int warmUpDocuments, int rounds) {
}
