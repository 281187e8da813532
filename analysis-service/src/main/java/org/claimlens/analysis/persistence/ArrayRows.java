package org.claimlens.analysis.persistence;

import io.quarkus.hibernate.orm.panache.Panache;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;

/**
 * Many rows in one statement: each column travels as one PostgreSQL array parameter and {@code unnest} turns the
 * arrays back into rows, so a document's mentions, aliases or descriptors cost one round trip instead of one each.
 * Runs on the transaction's connection, after flushing what the session still holds (the document row they reference).
 */
final class ArrayRows {

    /** Reads one row of a statement's result. */
    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private final String[] elementTypes;
    private final List<List<Object>> columns = new ArrayList<>();

    /** One PostgreSQL element type per column ({@code text}, {@code int4}, {@code int8}, {@code uuid}). */
    ArrayRows(String... elementTypes) {
        this.elementTypes = elementTypes;
        for (int i = 0; i < elementTypes.length; i++) {
            columns.add(new ArrayList<>());
        }
    }

    void add(Object... row) {
        if (row.length != elementTypes.length) {
            throw new IllegalArgumentException("expected " + elementTypes.length + " values, got " + row.length);
        }
        for (int i = 0; i < row.length; i++) {
            columns.get(i).add(row[i]);
        }
    }

    boolean isEmpty() {
        return columns.get(0).isEmpty();
    }

    /** Runs {@code sql}, whose parameters are the column arrays in order. */
    void execute(String sql) {
        if (isEmpty()) {
            return;
        }
        session().doWork(connection -> {
            try (PreparedStatement statement = bind(connection, sql)) {
                statement.executeUpdate();
            }
        });
    }

    /** Runs {@code sql} (e.g. an upsert with {@code RETURNING}) and reads every row of its result. */
    <T> List<T> query(String sql, RowReader<T> reader) {
        if (isEmpty()) {
            return List.of();
        }
        return session().doReturningWork(connection -> {
            List<T> rows = new ArrayList<>();
            try (PreparedStatement statement = bind(connection, sql); ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(reader.read(result));
                }
            }
            return rows;
        });
    }

    private PreparedStatement bind(Connection connection, String sql) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < elementTypes.length; i++) {
                Array array = connection.createArrayOf(elementTypes[i], columns.get(i).toArray());
                statement.setArray(i + 1, array);
            }
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    private static Session session() {
        Session session = Panache.getEntityManager().unwrap(Session.class);
        session.flush();
        return session;
    }
}
