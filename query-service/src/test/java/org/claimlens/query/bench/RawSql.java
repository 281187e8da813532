package org.claimlens.query.bench;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The statements query-service runs for each benchmarked endpoint, written out as plain SQL and run over JDBC:
 * the baseline that shows what the REST layer, Hibernate and JSON add. Every row and column is read.
 */
final class RawSql {

    static final String ENTITY_MATCH = "e.id = ANY (ARRAY(SELECT id FROM entity WHERE fold_name(name) LIKE "
            + "fold_name(?) ESCAPE '\\' UNION SELECT entity_id FROM entity_alias WHERE fold_name(alias) LIKE "
            + "fold_name(?) ESCAPE '\\'))";
    static final String ENTITY_PAGE = "SELECT e.id, e.name, e.type, "
            + "(SELECT count(DISTINCT m.document_id) FROM mention m WHERE m.entity_id = e.id) AS document_count, "
            + "(SELECT count(*) FROM mention m WHERE m.entity_id = e.id) AS mention_count FROM entity e WHERE "
            + ENTITY_MATCH + " ORDER BY mention_count DESC, e.name, e.id LIMIT 20";
    static final String CLAIM_FROM = " FROM claim c JOIN document d ON d.id = c.document_id WHERE ";
    static final String CLAIM_ORDER = " ORDER BY d.ingested_at DESC, c.document_id, c.content_start, c.id LIMIT 20";
    static final String CLAIM_TEXT = "to_tsvector('english', c.content) @@ websearch_to_tsquery('english', ?)";
    static final String CLAIM_FILTER = "c.kind = ? AND c.certainty = ? AND c.check_worthiness >= ?";
    static final String SIMILAR = "WITH matches AS MATERIALIZED (SELECT c.id, c.content, "
            + "similarity(c.content, ?) AS score, c.document_id FROM claim c WHERE c.content % ? "
            + "AND c.document_id <> ?), best AS (SELECT * FROM matches ORDER BY score DESC, id LIMIT 50), "
            + "earliest AS (SELECT d.id FROM document d WHERE d.id = ? OR d.id IN (SELECT document_id FROM matches) "
            + "ORDER BY coalesce(d.published_at, d.ingested_at), d.ingested_at, d.id LIMIT 1) "
            + "SELECT 'similar' AS part, b.id AS claim_id, b.content, b.score, d.id, d.title, d.source, d.url, "
            + "d.published_at, d.ingested_at FROM best b JOIN document d ON d.id = b.document_id UNION ALL "
            + "SELECT 'first', NULL, NULL, NULL, d.id, d.title, d.source, d.url, d.published_at, d.ingested_at "
            + "FROM earliest f JOIN document d ON d.id = f.id ORDER BY 1 DESC, 4 DESC, 2";
    static final String DOCUMENT_PAGE = "SELECT d.id FROM document d WHERE d.source = ? "
            + "ORDER BY d.ingested_at DESC, d.id LIMIT 20";
    static final String TIMELINE = "WITH docs AS (SELECT d.id, date_trunc('day', coalesce(d.published_at, "
            + "d.ingested_at) AT TIME ZONE 'UTC')::date AS bucket FROM document d WHERE (EXISTS (SELECT 1 FROM "
            + "mention m WHERE m.document_id = d.id AND m.entity_id = ?) OR EXISTS (SELECT 1 FROM claim c WHERE "
            + "c.document_id = d.id AND c.claimant_entity_id = ?))) SELECT docs.bucket, count(*), "
            + "sum((SELECT count(*) FROM claim c WHERE c.document_id = docs.id AND (c.claimant_entity_id = ? OR "
            + "EXISTS (SELECT 1 FROM claim_entity ce WHERE ce.claim_id = c.id AND ce.entity_id = ?)))), "
            + "sum((SELECT count(*) FROM mention m WHERE m.document_id = docs.id AND m.entity_id = ?)) "
            + "FROM docs GROUP BY docs.bucket ORDER BY docs.bucket DESC LIMIT 367";

    private RawSql() {
    }

    /** GET /entities?q=prefix: the page with counts, its aliases, the total. */
    static void entityPrefix(Connection c, String pattern) throws SQLException {
        List<Object> ids = column(c, ENTITY_PAGE, pattern, pattern);
        consume(c, "SELECT entity_id, alias FROM entity_alias WHERE entity_id = ANY (?) ORDER BY alias",
                array(c, "bigint", ids));
        consume(c, "SELECT count(*) FROM entity e WHERE " + ENTITY_MATCH, pattern, pattern);
    }

    /** GET /claims with a condition: the page of ids, the total, then the claims and their parts. */
    static void claims(Connection c, String condition, Object... parameters) throws SQLException {
        List<Object> ids = column(c, "SELECT c.id" + CLAIM_FROM + condition + CLAIM_ORDER, parameters);
        consume(c, "SELECT count(*)" + CLAIM_FROM + condition, parameters);
        claimDetails(c, array(c, "bigint", ids));
    }

    /** GET /claims/{id}/similar: the claim, the threshold for this transaction, similar claims, first carrier. */
    static void similar(Connection c, long claimId) throws SQLException {
        c.setAutoCommit(false);
        try {
            Object content = null;
            Object document = null;
            try (PreparedStatement s = c.prepareStatement("SELECT content, document_id FROM claim WHERE id = ?")) {
                s.setLong(1, claimId);
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next()) {
                        content = rs.getString(1);
                        document = rs.getObject(2);
                    }
                }
            }
            consume(c, "SELECT set_config('pg_trgm.similarity_threshold', ?, true)", "0.5");
            consume(c, SIMILAR, content, content, document, document);
        } finally {
            c.commit();
            c.setAutoCommit(true);
        }
    }

    /** GET /documents?source=...: the page of ids, the total, the summaries with their counts. */
    static void documents(Connection c, String source) throws SQLException {
        List<Object> ids = column(c, DOCUMENT_PAGE, source);
        consume(c, "SELECT count(*) FROM document d WHERE d.source = ?", source);
        consume(c, "SELECT d.id, d.title, d.source, d.author, d.url, d.published_at, d.ingested_at, d.status, "
                + "d.language, (SELECT count(*) FROM mention m WHERE m.document_id = d.id), "
                + "(SELECT count(*) FROM claim c WHERE c.document_id = d.id) FROM document d WHERE d.id = ANY (?)",
                array(c, "uuid", ids));
    }

    /** GET /timeline?entity=id. */
    static void timeline(Connection c, long entityId) throws SQLException {
        consume(c, TIMELINE, entityId, entityId, entityId, entityId, entityId);
    }

    /** EXPLAIN (ANALYZE, BUFFERS) of one statement, as text. */
    static String explain(Connection c, String sql, Object... parameters) throws SQLException {
        StringBuilder plan = new StringBuilder();
        try (PreparedStatement s = prepare(c, "EXPLAIN (ANALYZE, BUFFERS) " + sql, parameters);
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                plan.append(rs.getString(1)).append('\n');
            }
        }
        return plan.toString();
    }

    /** The plan of the similar-claims statement for claim {@code claimId}, under the API's threshold. */
    static String explainSimilar(Connection c, long claimId) throws SQLException {
        c.setAutoCommit(false);
        try {
            Object content;
            Object document;
            try (PreparedStatement s = prepare(c, "SELECT content, document_id FROM claim WHERE id = ?", claimId);
                 ResultSet rs = s.executeQuery()) {
                rs.next();
                content = rs.getString(1);
                document = rs.getObject(2);
            }
            consume(c, "SELECT set_config('pg_trgm.similarity_threshold', ?, true)", "0.5");
            return explain(c, SIMILAR, content, content, document, document);
        } finally {
            c.commit();
            c.setAutoCommit(true);
        }
    }

    private static void claimDetails(Connection c, Array ids) throws SQLException {
        consume(c, "SELECT c.*, d.title, e.id, e.name, e.type FROM claim c JOIN document d ON d.id = c.document_id "
                + "LEFT JOIN entity e ON e.id = c.claimant_entity_id WHERE c.id = ANY (?)", ids);
        consume(c, "SELECT claim_id, role, name, entity_id, cue, start_offset, end_offset FROM claim_source "
                + "WHERE claim_id = ANY (?) ORDER BY claim_id, depth", ids);
        consume(c, "SELECT claim_id, text, start_offset, end_offset, value, upper_value, approximation, unit "
                + "FROM claim_quantity WHERE claim_id = ANY (?) ORDER BY claim_id, ordinal", ids);
        consume(c, "SELECT ce.claim_id, e.id, e.name, e.type FROM claim_entity ce JOIN entity e ON "
                + "e.id = ce.entity_id WHERE ce.claim_id = ANY (?) ORDER BY ce.claim_id, e.name", ids);
    }

    private static Array array(Connection c, String type, List<Object> values) throws SQLException {
        return c.createArrayOf(type, values.toArray());
    }

    private static List<Object> column(Connection c, String sql, Object... parameters) throws SQLException {
        List<Object> values = new ArrayList<>();
        try (PreparedStatement s = prepare(c, sql, parameters); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                values.add(rs.getObject(1));
                for (int i = 2; i <= rs.getMetaData().getColumnCount(); i++) {
                    rs.getObject(i);
                }
            }
        }
        return values;
    }

    private static void consume(Connection c, String sql, Object... parameters) throws SQLException {
        column(c, sql, parameters);
    }

    static PreparedStatement prepare(Connection c, String sql, Object... parameters) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            s.setObject(i + 1, parameters[i]);
        }
        return s;
    }
}
