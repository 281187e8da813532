package org.claimlens.bench.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One end-to-end measurement: events published to Kafka until every document's row was committed in PostgreSQL.
 *
 * @param instances        analysis instances consuming
 * @param seconds          from the first event sent until the last document was stored
 * @param lagDrainSeconds  from the first event sent until the group's committed offsets reached the end
 * @param lag              consumer lag over time, [seconds since start, events behind]
 * @param analysedPerInstance documents each instance analysed in this measurement
 * @param heapMaxMib       peak heap in use of the first instance (-Xmx1g), sampled every second
 * @param liveDataMaxMib   peak live data after a collection of the first instance
 * @param gcPauseSeconds   collection pauses of the first instance during the measurement
 * @param extractionMsPerDocument extraction time per document inside the first instance (its own timer)
 * @param extractionCpuMsPerDocument CPU time of the extraction threads per document inside the first instance
 * @param writeMsPerDocument time per document writing its results, inside the first instance (its own timer)
 * @param cpuMsPerDocument CPU time per document of the analysis instances, the broker and PostgreSQL, and in total
 */
public record Drain(int instances, int documents, int analysed, long tokens, double seconds,
                    double documentsPerSecond, double tokensPerSecond, double lagDrainSeconds, List<double[]> lag,
                    List<Integer> analysedPerInstance, double heapMaxMib, double liveDataMaxMib,
                    double gcPauseSeconds, double extractionMsPerDocument, double extractionCpuMsPerDocument,
                    double writeMsPerDocument,
                    Map<String, Double> cpuMsPerDocument) {

    static final String TOTAL = "total";

    /** CPU milliseconds per document of all processes analysis involves. */
    public double totalCpuMsPerDocument() {
        return cpuMsPerDocument.get(TOTAL);
    }

    /** At most about {@code limit} samples, evenly spaced, always with the last one. */
    public static List<double[]> evenlySpaced(List<double[]> samples, int limit) {
        int step = Math.max(1, (samples.size() + limit - 1) / limit);
        List<double[]> kept = new ArrayList<>();
        for (int i = 0; i < samples.size(); i += step) {
            kept.add(samples.get(i));
        }
        if (!samples.isEmpty() && kept.get(kept.size() - 1) != samples.get(samples.size() - 1)) {
            kept.add(samples.get(samples.size() - 1));
        }
        return kept;
    }
}
