package org.claimlens.bench.analysis;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.claimlens.bench.corpus.CorpusText;
import org.claimlens.bench.stack.AnalysisJvm;
import org.claimlens.bench.stack.JavaProcess;

import static org.claimlens.bench.report.Progress.log;

/** Starts {@link BareExtraction} in its own JVM, with the heap analysis-service gets, and reads its result. */
public final class BareRun {

    private static final ObjectMapper JSON = new ObjectMapper();

    private BareRun() {
    }

    /** {@code recording} may be null: no flight recording. */
    public static BareResult run(List<CorpusText> texts, int threads, int warmUp, Path directory, Path recording) {
        Path input = directory.resolve("bare-texts.json");
        Path output = directory.resolve("bare-result.json");
        try {
            JSON.writeValue(input.toFile(), texts);
            List<String> arguments = new ArrayList<>(List.of("-Xmx1g"));
            arguments.addAll(AnalysisJvm.OPTIONS);
            arguments.addAll(List.of("-Djava.util.logging.manager=org.jboss.logmanager.LogManager",
                    "-cp", System.getProperty("java.class.path"), BareExtraction.class.getName(), input.toString(),
                    output.toString(), Integer.toString(threads), Integer.toString(warmUp)));
            if (recording != null) {
                arguments.add(recording.toString());
            }
            log("bare extraction: %d texts (after %d warm-up) on %d thread(s) in a separate JVM", texts.size(),
                    warmUp, threads);
            try (JavaProcess bare = JavaProcess.start("bare extraction", arguments, Map.of(),
                    directory.resolve("logs/bare-extraction.log"))) {
                bare.awaitSuccess(Duration.ofHours(2));
            }
            return JSON.readValue(output.toFile(), BareResult.class);
        } catch (IOException e) {
            throw new UncheckedIOException("bare extraction files", e);
        }
    }
}
