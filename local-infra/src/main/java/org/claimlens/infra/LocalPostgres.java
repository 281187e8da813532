package org.claimlens.infra;

import java.nio.file.Path;

/**
 * Entry point the local stack runs as its database process: a persistent embedded PostgreSQL on a fixed port.
 * Arguments: state directory and port. Passwords come from CLAIMLENS_DB_PASSWORD and CLAIMLENS_QUERY_DB_PASSWORD.
 */
public final class LocalPostgres {

    private LocalPostgres() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length != 2) {
            System.err.println("usage: LocalPostgres STATE_DIR PORT");
            System.exit(2);
        }
        Path state = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        EmbeddedDatabase db = EmbeddedDatabase.start(state.resolve("pg-work"), state.resolve("pg-data"), port,
                false, requiredEnv("CLAIMLENS_DB_PASSWORD"), requiredEnv("CLAIMLENS_QUERY_DB_PASSWORD"));
        Runtime.getRuntime().addShutdownHook(new Thread(db::close, "postgres-shutdown"));
        System.out.println("PostgreSQL ready on port " + db.port() + ": " + db.access().jdbcUrl());
        Thread.currentThread().join();
    }

    private static String requiredEnv(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            System.err.println(name + " is not set");
            System.exit(2);
        }
        return value;
    }
}
