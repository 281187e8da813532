package org.claimlens.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.claimlens.infra.DatabaseAccess;
import org.claimlens.infra.EmbeddedDatabase;

/** A real PostgreSQL that a test can stop and start again on the same port with the same data directory. */
final class RestartablePostgres implements AutoCloseable {

    private final Path base;
    private final int port;
    private final String ownerPassword = EmbeddedDatabase.randomSecret();
    private final String readerPassword = EmbeddedDatabase.randomSecret();
    private EmbeddedDatabase running;
    private DatabaseAccess access;

    private RestartablePostgres(Path base, int port) {
        this.base = base;
        this.port = port;
    }

    static RestartablePostgres start() {
        try {
            RestartablePostgres postgres = new RestartablePostgres(Files.createTempDirectory("claimlens-e2e-pg-"),
                    FreePorts.next());
            postgres.restart();
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    DatabaseAccess access() {
        return access;
    }

    /** A fast shutdown: connections are cut, the data stays. */
    void stop() {
        running.close();
        running = null;
    }

    void restart() {
        running = EmbeddedDatabase.start(base.resolve("work"), base.resolve("data"), port, false, ownerPassword,
                readerPassword);
        access = running.access();
    }

    @Override
    public void close() throws IOException {
        if (running != null) {
            stop();
        }
        try (Stream<Path> files = Files.walk(base)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
