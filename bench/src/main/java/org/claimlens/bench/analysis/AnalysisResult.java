package org.claimlens.bench.analysis;

/**
 * Analysis end to end through one instance next to the bare extractor over the same texts and threads: the ratio of
 * their documents/s, and the ratio of their CPU time per document (bare over the service, broker and database
 * together), which a busy machine disturbs much less than wall-clock time.
 */
public record AnalysisResult(BareResult bare, Drain endToEnd, double endToEndVsBare, double endToEndVsBareCpu) {

    public static AnalysisResult of(BareResult bare, Drain endToEnd) {
        return new AnalysisResult(bare, endToEnd, endToEnd.documentsPerSecond() / bare.documentsPerSecond(),
                bare.cpuMsPerDocument() / endToEnd.totalCpuMsPerDocument());
    }
}
