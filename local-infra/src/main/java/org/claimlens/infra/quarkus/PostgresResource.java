package org.claimlens.infra.quarkus;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;
import org.claimlens.infra.DatabaseAccess;
import org.claimlens.infra.EmbeddedDatabase;

/**
 * Starts a real PostgreSQL server for a Quarkus test and configures the default datasource with the owner
 * login (argument {@code role=owner}, the default) or the read-only login ({@code role=reader}).
 * The owner's coordinates are also exposed as {@code claimlens.test.owner.*} so a test can seed data.
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedDatabase database;
    private boolean reader;

    @Override
    public void init(Map<String, String> initArgs) {
        reader = "reader".equals(initArgs.getOrDefault("role", "owner"));
    }

    @Override
    public Map<String, String> start() {
        database = EmbeddedDatabase.startEphemeral();
        DatabaseAccess access = database.access();
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.jdbc.url", access.jdbcUrl());
        config.put("quarkus.datasource.username", reader ? access.readerUser() : access.ownerUser());
        config.put("quarkus.datasource.password", reader ? access.readerPassword() : access.ownerPassword());
        config.put("claimlens.test.owner.jdbc-url", access.jdbcUrl());
        config.put("claimlens.test.owner.username", access.ownerUser());
        config.put("claimlens.test.owner.password", access.ownerPassword());
        return config;
    }

    @Override
    public void stop() {
        if (database != null) {
            database.close();
        }
    }
}
