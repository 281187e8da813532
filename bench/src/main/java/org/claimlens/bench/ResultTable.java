package org.claimlens.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.claimlens.bench.analysis.Drain;
import org.claimlens.bench.ingest.IngestResult;

/** The run as a Markdown table, as printed at the end and shown in the README. */
final class ResultTable {

    private ResultTable() {
    }

    static String of(RunRecord run) {
        List<String[]> rows = new ArrayList<>();
        Summary s = run.summary();
        if (run.ingest() != null) {
            for (IngestResult.Kind kind : run.ingest().kinds()) {
                rows.add(new String[] {"ingest " + kind.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                        String.format(Locale.ROOT, "%,.0f docs/s, p50 %.1f ms, p99 %.1f ms; CPU ms/doc: %s%s",
                                kind.documentsPerSecond(), kind.latency().p50Ms(), kind.latency().p99Ms(),
                                cpu(kind.cpuMsPerDocument()),
                                kind.failures() == 0 ? "" : "; " + kind.failures() + " failed"), ""});
            }
            rows.add(new String[] {"ingest single / raw (same threads)", ratio(s.ingestSingleVsRaw()), goal(run,
                    "ingest_single_vs_raw")});
            rows.add(new String[] {"ingest batch / raw (same threads, batch)", ratio(s.ingestBatchVsRaw()), goal(run,
                    "ingest_batch_vs_raw")});
        }
        if (run.analysis() != null) {
            rows.add(new String[] {"analysis bare extractor", String.format(Locale.ROOT, "%.2f docs/s, %,.0f tokens/s",
                    s.analysisBareDocsPerS(), s.analysisBareTokensPerS()), goal(run, "analysis_bare_docs_per_s")});
            Drain endToEnd = run.analysis().endToEnd();
            rows.add(new String[] {"analysis end to end (Kafka to PostgreSQL)", String.format(Locale.ROOT,
                    "%.2f docs/s, %,.0f tokens/s; per document %.0f ms extracting, %.0f ms writing",
                    s.analysisE2eDocsPerS(), s.analysisE2eTokensPerS(), endToEnd.extractionMsPerDocument(),
                    endToEnd.writeMsPerDocument()), ""});
            rows.add(new String[] {"analysis end to end / bare", ratio(s.analysisE2eVsBare()),
                    goal(run, "analysis_e2e_vs_bare")});
            Map<String, Double> cpu = endToEnd.cpuMsPerDocument();
            rows.add(new String[] {"analysis CPU per document: bare; end to end (service, Kafka, PostgreSQL)",
                    String.format(Locale.ROOT, "%.0f ms; %.0f ms (%.0f, %.0f, %.0f): bare / end to end %.2f",
                            s.analysisBareCpuMsPerDoc(), s.analysisE2eCpuMsPerDoc(), cpu.get("analysis_service"),
                            cpu.get("kafka"), cpu.get("postgres"), s.analysisE2eVsBareCpu()), ""});
            rows.add(new String[] {"analysis extraction threads' CPU per document: bare; in the service",
                    String.format(Locale.ROOT, "%.0f ms; %.0f ms", run.analysis().bare().extractionCpuMsPerDocument(),
                            endToEnd.extractionCpuMsPerDocument()), ""});
            rows.add(new String[] {"analysis heap (-Xmx1g): peak used, peak after GC", String.format(Locale.ROOT,
                    "%.0f MiB, %.0f MiB", s.analysisHeapMib(), s.analysisHeapAfterGcMib()),
                    goal(run, "analysis_heap_mib")});
        }
        if (run.freshness() != null) {
            rows.add(new String[] {"freshness, POST to queryable (median of " + run.freshness().articles() + ")",
                    String.format(Locale.ROOT, "%.3f s (max %.3f s, ~%.0f tokens)", s.freshnessMedianS(),
                            run.freshness().maxSeconds(), run.freshness().medianTokens()),
                    goal(run, "freshness_median_s")});
        }
        if (run.scaling() != null) {
            rows.add(new String[] {"scaling: 1 instance", drain(run.scaling().oneInstance()), ""});
            rows.add(new String[] {"scaling: 2 instances", drain(run.scaling().twoInstances()), ""});
        }
        rows.add(new String[] {"query p50 / p99, slowest query at the largest size", run.query() == null ? "missing"
                : String.format(Locale.ROOT, "%.1f / %.1f ms (%s)", s.queryP50Ms(), s.queryP99Ms(),
                run.query().file()), ""});
        StringBuilder table = new StringBuilder("| figure | this run | goal |\n|---|---|---|\n");
        for (String[] row : rows) {
            table.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
        return table.toString();
    }

    /** The consumer lag of each scaling measurement as a short series: "seconds: events behind". */
    static String lagSeries(RunRecord run) {
        if (run.scaling() == null) {
            return "";
        }
        return "Consumer lag, 1 instance:  " + series(run.scaling().oneInstance()) + "\n"
                + "Consumer lag, 2 instances: " + series(run.scaling().twoInstances()) + "\n";
    }

    private static String series(Drain drain) {
        StringBuilder line = new StringBuilder();
        for (double[] sample : Drain.evenlySpaced(drain.lag(), 12)) {
            line.append(String.format(Locale.ROOT, "%.0fs %.0f | ", sample[0], sample[1]));
        }
        return line.substring(0, Math.max(0, line.length() - 3));
    }

    private static String drain(Drain drain) {
        return String.format(Locale.ROOT, "%.2f docs/s, %.0f CPU ms/doc; lag 0 after %.0f s; per instance %s",
                drain.documentsPerSecond(), drain.totalCpuMsPerDocument(), drain.lagDrainSeconds(),
                drain.analysedPerInstance());
    }

    private static String cpu(Map<String, Double> perProcess) {
        List<String> parts = new ArrayList<>();
        perProcess.forEach((process, ms) -> parts.add(process.replace('_', ' ') + " " + ms));
        return String.join(", ", parts);
    }

    private static String ratio(Double value) {
        return value == null ? "missing" : String.format(Locale.ROOT, "%.2f", value);
    }

    private static String goal(RunRecord run, String figure) {
        return run.goals().stream().filter(g -> g.figure().equals(figure)).findFirst()
                .map(g -> g.target() + (g.met() == null ? "" : g.met() ? " met" : " **not met**")).orElse("");
    }
}
