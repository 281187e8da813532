package org.claimlens.bench.profile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the CPU went, from the execution samples of a flight recording ({@code jdk.ExecutionSample}): the methods
 * on top of the stack (self time), the first method from the top outside the JDK (who called into {@code java.*}),
 * the project's methods anywhere on the stack (total time), and each sample's layer, the first frame from the top
 * that belongs to a known library or to the project.
 */
public record HotSpots(int samples, List<Share> selfTop, List<Share> outsideJdkTop, List<Share> projectTotalTop,
                       List<Share> layers) {

    /** A method or layer and its share of all samples. */
    public record Share(String name, int samples, double percent) {
    }

    /** Package prefixes and the layer they stand for, most specific first. */
    private static final Map<String, String> LAYERS = layerPrefixes();

    public static HotSpots of(Path recording, int top) {
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> outsideJdk = new HashMap<>();
        Map<String, Integer> projectTotal = new HashMap<>();
        Map<String, Integer> layer = new HashMap<>();
        int samples = 0;
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                    continue;
                }
                List<RecordedFrame> frames = event.getStackTrace().getFrames();
                if (frames.isEmpty()) {
                    continue;
                }
                samples++;
                self.merge(method(frames.get(0)), 1, Integer::sum);
                outsideJdk.merge(firstOutsideJdk(frames), 1, Integer::sum);
                layer.merge(layerOf(frames), 1, Integer::sum);
                Set<String> seen = new HashSet<>();
                for (RecordedFrame frame : frames) {
                    String method = method(frame);
                    if (method.startsWith("org.claimlens.") && seen.add(method)) {
                        projectTotal.merge(method, 1, Integer::sum);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the recording " + recording, e);
        }
        return new HotSpots(samples, ranked(self, samples, top), ranked(outsideJdk, samples, top),
                ranked(projectTotal, samples, top),
                ranked(layer, samples, LAYERS.size() + 1));
    }

    private static String method(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    private static String firstOutsideJdk(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            String method = method(frame);
            if (!method.startsWith("java.") && !method.startsWith("jdk.") && !method.startsWith("sun.")) {
                return method;
            }
        }
        return method(frames.get(0));
    }

    private static String layerOf(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            String type = frame.getMethod().getType().getName();
            for (var entry : LAYERS.entrySet()) {
                if (type.startsWith(entry.getKey())) {
                    return entry.getValue();
                }
            }
        }
        return "JDK and other";
    }

    private static List<Share> ranked(Map<String, Integer> counts, int samples, int top) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                .limit(top)
                .map(e -> new Share(e.getKey(), e.getValue(), Math.round(1000.0 * e.getValue() / samples) / 10.0))
                .toList();
    }

    private static Map<String, String> layerPrefixes() {
        Map<String, String> layers = new LinkedHashMap<>();
        layers.put("org.claimlens.analysis.extraction", "extraction rules (ClaimLens)");
        layers.put("org.claimlens.analysis.checkworthiness", "extraction rules (ClaimLens)");
        layers.put("org.claimlens.analysis.persistence", "database writes (ClaimLens, Hibernate, JDBC)");
        layers.put("org.hibernate", "database writes (ClaimLens, Hibernate, JDBC)");
        layers.put("org.postgresql", "database writes (ClaimLens, Hibernate, JDBC)");
        layers.put("io.agroal", "database writes (ClaimLens, Hibernate, JDBC)");
        layers.put("edu.stanford.nlp", "CoreNLP");
        layers.put("org.apache.kafka", "Kafka clients and messaging");
        layers.put("io.smallrye.reactive.messaging", "Kafka clients and messaging");
        layers.put("com.fasterxml.jackson", "JSON");
        layers.put("org.claimlens.ingest", "ingest-service (ClaimLens)");
        layers.put("org.claimlens", "other ClaimLens code");
        layers.put("io.quarkus", "Quarkus, Vert.x, logging");
        layers.put("io.vertx", "Quarkus, Vert.x, logging");
        layers.put("io.netty", "Quarkus, Vert.x, logging");
        layers.put("org.jboss", "Quarkus, Vert.x, logging");
        return layers;
    }
}
