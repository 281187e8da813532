package org.claimlens.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Map;

/**
 * A real PostgreSQL server (zonky embedded binaries, works as root) with the project's database and roles.
 * Tests use a throw-away data directory; the local stack keeps one across restarts.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final DatabaseAccess access;

    private EmbeddedDatabase(EmbeddedPostgres postgres, DatabaseAccess access) {
        this.postgres = postgres;
        this.access = access;
    }

    /** Starts a fresh server in a temporary directory on a free port, with random passwords. */
    public static EmbeddedDatabase startEphemeral() {
        return startEphemeral(Map.of());
    }

    /** As {@link #startEphemeral()}, with server settings such as {@code shared_buffers} (name to value). */
    public static EmbeddedDatabase startEphemeral(Map<String, String> settings) {
        try {
            Path base = Files.createTempDirectory("claimlens-pg-");
            return start(base, base.resolve("data"), 0, true, randomSecret(), randomSecret(), settings);
        } catch (IOException e) {
            throw new IllegalStateException("Could not create a directory for PostgreSQL", e);
        }
    }

    /**
     * Starts a server whose binaries unpack under {@code workDir} and whose data lives in {@code dataDir}.
     * Port 0 picks a free one.
     */
    public static EmbeddedDatabase start(Path workDir, Path dataDir, int port, boolean cleanData,
                                         String ownerPassword, String readerPassword) {
        return start(workDir, dataDir, port, cleanData, ownerPassword, readerPassword, Map.of());
    }

    private static EmbeddedDatabase start(Path workDir, Path dataDir, int port, boolean cleanData,
                                          String ownerPassword, String readerPassword, Map<String, String> settings) {
        try {
            Files.createDirectories(workDir);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setOverrideWorkingDirectory(workDir.toFile())
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(cleanData)
                    .setServerConfig("max_connections", "200");
            settings.forEach(builder::setServerConfig);
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres pg = builder.start();
            String serverUrl = "jdbc:postgresql://localhost:" + pg.getPort() + "/postgres";
            DatabaseRoles.provision(serverUrl, "postgres", "", ownerPassword, readerPassword);
            String dbUrl = "jdbc:postgresql://localhost:" + pg.getPort() + "/" + DatabaseRoles.DATABASE;
            return new EmbeddedDatabase(pg, new DatabaseAccess(dbUrl, DatabaseRoles.OWNER, ownerPassword,
                    DatabaseRoles.READER, readerPassword));
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("PostgreSQL did not start", e);
        }
    }

    public DatabaseAccess access() {
        return access;
    }

    public int port() {
        return postgres.getPort();
    }

    public static String randomSecret() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new IllegalStateException("PostgreSQL did not stop cleanly", e);
        }
    }
}
