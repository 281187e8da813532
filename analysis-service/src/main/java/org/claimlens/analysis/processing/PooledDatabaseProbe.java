package org.claimlens.analysis.processing;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;

/** Asks through the connection pool: a connection it hands out must still answer within two seconds. */
@ApplicationScoped
public class PooledDatabaseProbe implements DatabaseProbe {

    private static final int VALID_WITHIN_SECONDS = 2;

    private final AgroalDataSource dataSource;

    public PooledDatabaseProbe(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public boolean answers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(VALID_WITHIN_SECONDS);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }
}
