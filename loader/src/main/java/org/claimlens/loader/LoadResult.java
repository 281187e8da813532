package org.claimlens.loader;

import java.time.Duration;
import java.util.List;

/**
 * The outcome of a load, for callers that run the loader in-process.
 *
 * @param duplicates accepted documents whose text an earlier document of the same load already had
 * @param reasons    the distinct failure reasons ("400 text: ...")
 */
public record LoadResult(int documents, int accepted, int duplicates, int failed, int retries, List<String> reasons,
                         Duration elapsed) {

    public LoadResult {
        reasons = List.copyOf(reasons);
    }

    public double documentsPerSecond() {
        return (accepted + failed) / Math.max(elapsed.toMillis() / 1000.0, 0.001);
    }
}
