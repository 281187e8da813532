package org.claimlens.bench.analysis;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.claimlens.infra.DatabaseAccess;

/** Counts the committed analysis results of a set of documents, straight from PostgreSQL. */
final class DocumentRows implements AutoCloseable {

    /** Documents with a stored outcome, how many of them ANALYSED, and their tokens. */
    record Count(int stored, int analysed, long tokens) {
    }

    private final Connection connection;
    private final PreparedStatement count;

    DocumentRows(DatabaseAccess access) {
        try {
            this.connection = DriverManager.getConnection(access.jdbcUrl(), access.ownerUser(),
                    access.ownerPassword());
            this.count = connection.prepareStatement("""
                    SELECT count(*), count(*) FILTER (WHERE status = 'ANALYSED'), coalesce(sum(token_count), 0)
                    FROM document WHERE id = ANY (?)""");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to the benchmark database", e);
        }
    }

    Count count(List<String> documentIds) {
        try {
            count.setArray(1, connection.createArrayOf("uuid",
                    documentIds.stream().map(UUID::fromString).toArray()));
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return new Count(rs.getInt(1), rs.getInt(2), rs.getLong(3));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count analysed documents", e);
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
