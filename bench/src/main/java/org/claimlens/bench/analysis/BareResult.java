package org.claimlens.bench.analysis;

import org.claimlens.bench.load.Latency;

/**
 * What the bare extractor did over the benchmark texts in one JVM: documents, tokens and wall time after warm-up,
 * the time per document, CPU time (of the process, and of the analysing threads alone, as the service's
 * {@code claimlens_extraction_cpu_seconds} counts it) and garbage-collection time, the heap it needed (peak in use, and peak left after
 * collections) and the extractor version.
 */
public record BareResult(String extractorVersion, int threads, double pipelineLoadSeconds, int warmUpDocuments,
                         long documents, long tokens, double seconds, double documentsPerSecond,
                         double tokensPerSecond, Latency perDocument, double cpuSeconds, double extractionCpuSeconds,
                         double gcSeconds,
                         double heapMaxMib, double heapAfterGcMaxMib, String maxHeap) {

    public double cpuMsPerDocument() {
        return 1000 * cpuSeconds / documents;
    }

    public double extractionCpuMsPerDocument() {
        return 1000 * extractionCpuSeconds / documents;
    }
}
