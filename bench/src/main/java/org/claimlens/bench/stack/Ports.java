package org.claimlens.bench.stack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The ports the benchmark's stack listens on: the README's standard ports unless the same environment variables as
 * {@code ./stack} override them, plus {@code ANALYSIS2_PORT} for the second analysis instance.
 */
public record Ports(int query, int ingest, int analysis, int analysis2, int kafka, int kafkaController, int postgres) {

    public static Ports fromEnvironment(Map<String, String> env) {
        return new Ports(port(env, "QUERY_PORT", 8080), port(env, "INGEST_PORT", 8081),
                port(env, "ANALYSIS_PORT", 8082), port(env, "ANALYSIS2_PORT", 8083), port(env, "KAFKA_PORT", 9092),
                port(env, "KAFKA_CONTROLLER_PORT", 9093), port(env, "PG_PORT", 15432));
    }

    /** Fails naming the variable of the first port something else already listens on (a running ./stack, say). */
    public void requireFree() {
        Map<String, Integer> all = new LinkedHashMap<>();
        all.put("QUERY_PORT", query);
        all.put("INGEST_PORT", ingest);
        all.put("ANALYSIS_PORT", analysis);
        all.put("ANALYSIS2_PORT", analysis2);
        all.put("KAFKA_PORT", kafka);
        all.put("KAFKA_CONTROLLER_PORT", kafkaController);
        all.put("PG_PORT", postgres);
        all.forEach((name, port) -> {
            if (listening(port)) {
                throw new IllegalStateException("port " + port + " is taken (a running ./stack?); stop it or set "
                        + name);
            }
        });
    }

    static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int port(Map<String, String> env, String name, int standard) {
        String value = env.get(name);
        return value == null || value.isBlank() ? standard : Integer.parseInt(value.trim());
    }
}
