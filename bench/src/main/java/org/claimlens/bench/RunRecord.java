package org.claimlens.bench;

import java.util.List;
import java.util.Map;
import org.claimlens.bench.analysis.AnalysisResult;
import org.claimlens.bench.analysis.ScalingResult;
import org.claimlens.bench.freshness.FreshnessScenario;
import org.claimlens.bench.ingest.IngestResult;
import org.claimlens.bench.profile.HotSpots;
import org.claimlens.bench.report.Machine;
import org.claimlens.bench.report.QueryFigures;
import org.claimlens.bench.report.Versions;

/**
 * One result file of {@code bench/results/}: when, where and what was measured, the summary and goals first, then
 * every scenario's details; scenarios that did not run are null, and any failure is listed under {@code errors}.
 *
 * @param loadedMachine true when the 1-minute load average at the start exceeded half the cores: figures from such a
 *                      run show the code's behaviour under contention, not its speed
 * @param loadAverage   1/5/15-minute load averages at the start, before each scenario and at the end
 */
record RunRecord(String runId, String startedAt, String finishedAt, String mode, boolean loadedMachine, String note,
                 Summary summary, List<Goal> goals, Machine machine, Map<String, List<Double>> loadAverage,
                 Versions versions, Map<String, Object> corpus, Map<String, Object> settings, IngestResult ingest,
                 AnalysisResult analysis, FreshnessScenario.Result freshness, ScalingResult scaling,
                 QueryFigures query, Map<String, HotSpots> profile, List<String> errors) {
}
