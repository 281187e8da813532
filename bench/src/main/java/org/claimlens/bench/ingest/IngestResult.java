package org.claimlens.bench.ingest;

import java.util.List;
import java.util.Map;
import org.claimlens.bench.load.Latency;

/**
 * Ingest figures per kind: documents/s per round and their median, latency per operation over all rounds (one
 * document for single kinds, one batch for batch kinds), failed operations; the producer settings both sides used; and
 * the two ratios the goals are about.
 */
public record IngestResult(IngestSettings settings, Map<String, String> producerSettings, double payloadBytesMean,
                           List<Kind> kinds, double singleVsRaw, double batchVsRaw, double singleVsUnbounded,
                           double batchVsUnbounded) {

    /** One kind of sending; CPU milliseconds per document of each process involved, over all rounds. */
    public record Kind(IngestKind kind, double documentsPerSecond, List<Double> roundDocumentsPerSecond,
                       Latency latency, int failures, String firstFailure, Map<String, Double> cpuMsPerDocument) {
    }
}
