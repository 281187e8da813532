package org.claimlens.query.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * One benchmarked query: a list of concrete requests, each as a REST path and as the same work in raw SQL, and
 * the statements whose plans {@code EXPLAIN (ANALYZE, BUFFERS)} shows for typical inputs.
 */
record Workload(String name, String description, List<Request> requests, ExplainCall explain) {

    /** One request: {@code path} for the API, {@code sql} for JDBC. */
    record Request(String path, SqlCall sql) {
    }

    /** The request's statements over one JDBC connection. */
    interface SqlCall {
        void run(Connection connection) throws SQLException;
    }

    /** Plans of the workload's statements for typical inputs, by a label naming input and statement. */
    interface ExplainCall {
        Map<String, String> plans(Connection connection) throws SQLException;
    }
}
