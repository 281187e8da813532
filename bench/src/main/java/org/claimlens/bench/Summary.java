package org.claimlens.bench;

import org.claimlens.bench.analysis.AnalysisResult;
import org.claimlens.bench.analysis.ScalingResult;
import org.claimlens.bench.freshness.FreshnessScenario;
import org.claimlens.bench.ingest.IngestKind;
import org.claimlens.bench.ingest.IngestResult;
import org.claimlens.bench.report.QueryFigures;

/**
 * The headline figures of a run, the same keys in every result file so runs can be compared over time; null where a
 * scenario did not run (or, for the query figures, no query benchmark result exists).
 */
record Summary(Double ingestSingleVsRaw, Double ingestBatchVsRaw, Double ingestSingleDocsPerS,
               Double ingestSingleP50Ms, Double ingestSingleP99Ms, Double ingestBatchDocsPerS, Double ingestBatchP50Ms,
               Double ingestBatchP99Ms, Double rawSingleDocsPerS, Double rawBatchDocsPerS, Double rawUnboundedDocsPerS,
               Double analysisE2eVsBare, Double analysisE2eDocsPerS, Double analysisE2eTokensPerS,
               Double analysisBareDocsPerS, Double analysisBareTokensPerS, Double analysisE2eVsBareCpu,
               Double analysisE2eCpuMsPerDoc, Double analysisBareCpuMsPerDoc, Double analysisHeapMib,
               Double analysisHeapAfterGcMib, Double freshnessMedianS, Double scalingOneDocsPerS,
               Double scalingTwoDocsPerS, Double scalingTwoVsOne, Double queryP50Ms, Double queryP99Ms,
               Double queryP99LargeVsSmall) {

    static Summary of(IngestResult ingest, AnalysisResult analysis, FreshnessScenario.Result freshness,
                      ScalingResult scaling, QueryFigures query) {
        IngestResult.Kind single = kind(ingest, IngestKind.HTTP_SINGLE);
        IngestResult.Kind batch = kind(ingest, IngestKind.HTTP_BATCH);
        return new Summary(
                ingest == null ? null : round(ingest.singleVsRaw(), 3),
                ingest == null ? null : round(ingest.batchVsRaw(), 3),
                single == null ? null : round(single.documentsPerSecond(), 1),
                single == null ? null : single.latency().p50Ms(),
                single == null ? null : single.latency().p99Ms(),
                batch == null ? null : round(batch.documentsPerSecond(), 1),
                batch == null ? null : batch.latency().p50Ms(),
                batch == null ? null : batch.latency().p99Ms(),
                rate(ingest, IngestKind.RAW_SINGLE),
                rate(ingest, IngestKind.RAW_BATCH),
                rate(ingest, IngestKind.RAW_UNBOUNDED),
                analysis == null ? null : round(analysis.endToEndVsBare(), 3),
                analysis == null ? null : round(analysis.endToEnd().documentsPerSecond(), 2),
                analysis == null ? null : round(analysis.endToEnd().tokensPerSecond(), 0),
                analysis == null ? null : round(analysis.bare().documentsPerSecond(), 2),
                analysis == null ? null : round(analysis.bare().tokensPerSecond(), 0),
                analysis == null ? null : round(analysis.endToEndVsBareCpu(), 3),
                analysis == null ? null : round(analysis.endToEnd().totalCpuMsPerDocument(), 0),
                analysis == null ? null : round(analysis.bare().cpuMsPerDocument(), 0),
                analysis == null ? null : round(analysis.endToEnd().heapMaxMib(), 0),
                analysis == null ? null : round(analysis.endToEnd().liveDataMaxMib(), 0),
                freshness == null ? null : round(freshness.medianSeconds(), 3),
                scaling == null ? null : round(scaling.oneInstance().documentsPerSecond(), 2),
                scaling == null ? null : round(scaling.twoInstances().documentsPerSecond(), 2),
                scaling == null ? null : round(scaling.twoVsOne(), 3),
                query == null ? null : query.p50Ms(),
                query == null ? null : query.p99Ms(),
                query == null || query.p99GrowthSmallToLarge() == null ? null
                        : round(query.p99GrowthSmallToLarge(), 2));
    }

    private static IngestResult.Kind kind(IngestResult ingest, IngestKind kind) {
        return ingest == null ? null
                : ingest.kinds().stream().filter(k -> k.kind() == kind).findFirst().orElse(null);
    }

    private static Double rate(IngestResult ingest, IngestKind kind) {
        IngestResult.Kind found = kind(ingest, kind);
        return found == null ? null : round(found.documentsPerSecond(), 1);
    }

    static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
