package org.claimlens.bench.analysis;

import org.claimlens.bench.load.Latency;

/**
 * What the bare extractor did over the benchmark texts in one JVM: documents, tokens and wall time after warm-up,
 * the time per document, CPU and garbage-collection time, the heap it needed (peak in use, and peak left after
 * collections) and the extractor version.
 */
public record BareResult(String extractorVersion, int threads, double pipelineLoadSeconds, int warmUpDocuments,
                         long documents, long tokens, double seconds, double documentsPerSecond,
                         double tokensPerSecond, Latency perDocument, double cpuSeconds, double gcSeconds,
                         double heapMaxMib, double heapAfterGcMaxMib, String maxHeap) {

    public double cpuMsPerDocument() {
        return 1000 * cpuSeconds / documents;
    }
}
