package org.claimlens.query.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.claimlens.infra.DatabaseAccess;
import org.claimlens.infra.DatabaseRoles;
import org.claimlens.infra.EmbeddedDatabase;
import org.flywaydb.core.Flyway;

/**
 * A real PostgreSQL with analysis-service's migrations applied by the owner, and the service's datasource
 * pointed at the read-only login, so every test proves the service works without write rights. The password
 * goes in through the service's own required key, which {@code quarkus.datasource.password} reads.
 * The owner's coordinates are exposed as {@code claimlens.test.owner.*} for {@link TestData}.
 */
public class ReadOnlyDatabaseResource implements QuarkusTestResourceLifecycleManager {

    /** Relative to the query-service module, where Maven runs the tests. */
    private static final Path MIGRATIONS = Path.of("..", "analysis-service", "src", "main", "resources", "db",
            "migration");

    private EmbeddedDatabase database;

    @Override
    public Map<String, String> start() {
        database = EmbeddedDatabase.startEphemeral();
        DatabaseAccess access = database.access();
        migrateAsOwner(access);
        return Map.of(
                "quarkus.datasource.jdbc.url", access.jdbcUrl(),
                "quarkus.datasource.username", access.readerUser(),
                "claimlens.query.database.password", access.readerPassword(),
                "claimlens.test.owner.jdbc-url", access.jdbcUrl(),
                "claimlens.test.owner.username", access.ownerUser(),
                "claimlens.test.owner.password", access.ownerPassword());
    }

    @Override
    public void stop() {
        if (database != null) {
            database.close();
        }
    }

    private static void migrateAsOwner(DatabaseAccess access) {
        Path migrations = MIGRATIONS.toAbsolutePath().normalize();
        if (!Files.isDirectory(migrations)) {
            throw new IllegalStateException("analysis-service migrations not found at " + migrations
                    + "; run the tests from the query-service module directory");
        }
        Flyway.configure()
                .dataSource(access.jdbcUrl(), access.ownerUser(), access.ownerPassword())
                .locations("filesystem:" + migrations)
                .placeholders(Map.of("readerRole", DatabaseRoles.READ_GROUP))
                .load()
                .migrate();
    }
}
