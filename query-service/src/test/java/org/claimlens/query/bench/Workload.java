package org.claimlens.query.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * One benchmarked query: a list of concrete requests, each as a REST path and as the same work in raw SQL, and
 * the statement whose plan {@code EXPLAIN (ANALYZE, BUFFERS)} shows for it.
 */
record Workload(String name, String description, List<Request> requests, ExplainCall explain) {

    /** One request: {@code path} for the API, {@code sql} for JDBC. */
    record Request(String path, SqlCall sql) {
    }

    /** The request's statements over one JDBC connection. */
    interface SqlCall {
        void run(Connection connection) throws SQLException;
    }

    /** The plan of the workload's main statement for a typical input. */
    interface ExplainCall {
        String plan(Connection connection) throws SQLException;
    }
}
