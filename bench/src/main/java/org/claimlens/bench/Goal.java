package org.claimlens.bench;

import java.util.ArrayList;
import java.util.List;

/** One target of the benchmark issue and whether this run met it (null when the figure is missing). */
record Goal(String figure, Double value, String target, Boolean met) {

    static List<Goal> of(Summary s) {
        List<Goal> goals = new ArrayList<>();
        goals.add(atLeast("ingest_single_vs_raw", s.ingestSingleVsRaw(), 0.5));
        goals.add(atLeast("ingest_batch_vs_raw", s.ingestBatchVsRaw(), 0.8));
        goals.add(atLeast("analysis_e2e_vs_bare", s.analysisE2eVsBare(), 0.9));
        goals.add(atLeast("analysis_bare_docs_per_s", s.analysisBareDocsPerS(), 10));
        goals.add(new Goal("analysis_heap_mib", s.analysisHeapMib(), "<= 1024",
                s.analysisHeapMib() == null ? null : s.analysisHeapMib() <= 1024));
        goals.add(new Goal("freshness_median_s", s.freshnessMedianS(), "< 1",
                s.freshnessMedianS() == null ? null : s.freshnessMedianS() < 1));
        return goals;
    }

    private static Goal atLeast(String figure, Double value, double target) {
        return new Goal(figure, value, ">= " + target, value == null ? null : value >= target);
    }
}
