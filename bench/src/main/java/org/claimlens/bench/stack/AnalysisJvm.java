package org.claimlens.bench.stack;

import java.util.List;

/**
 * The JVM options analysis-service runs with in {@code ./stack} and its image, given to the bare extractor's JVM as
 * well so that both sides of the comparison run on the same collector. The parallel collector: with CoreNLP's models
 * (about 400 MiB live) in a 1 GiB heap, G1 kept a concurrent marking cycle running for an eighth of the service's CPU.
 */
public final class AnalysisJvm {

    public static final List<String> OPTIONS = List.of("-XX:+UseParallelGC");

    private AnalysisJvm() {
    }
}
