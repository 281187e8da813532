package org.claimlens.query.bench;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.claimlens.query.api.ClaimFilter;
import org.claimlens.query.api.DocumentFilter;
import org.claimlens.query.api.DocumentSort;
import org.claimlens.query.api.EntityFilter;
import org.claimlens.query.api.EntitySort;
import org.claimlens.query.api.PageRequest;
import org.claimlens.query.api.TimelineInterval;
import org.claimlens.query.api.TimelineQuery;
import org.claimlens.query.persistence.ServiceStatements;
import org.claimlens.query.persistence.ServiceStatements.Statement;

/**
 * The work query-service does in the database for each benchmarked endpoint, as plain JDBC: the same statements
 * (from {@link ServiceStatements}), the same decisions between them, every row and column read. The baseline that
 * shows what the REST layer, Hibernate and JSON add. {@code explain} variants return the plans of the same
 * statements instead.
 */
final class RawSql {

    static final PageRequest FIRST_PAGE = new PageRequest(0, PageRequest.DEFAULT_SIZE);
    static final double SIMILARITY = 0.5;
    private static final DocumentSort NEWEST = DocumentSort.NEWEST_INGESTED;

    private RawSql() {
    }

    /**
     * GET /entities?q=prefix: one statement. (The service counts separately for a page with no rows; the
     * benchmark's prefixes come from names, so a first page always has rows.)
     */
    static void entityPrefix(Connection c, String prefix) throws SQLException {
        if (rows(c, ServiceStatements.entitySearch(entities(prefix), FIRST_PAGE)).isEmpty()) {
            throw new IllegalStateException("prefix " + prefix + " matched nothing");
        }
    }

    static Map<String, String> explainEntityPrefix(Connection c, String prefix) throws SQLException {
        return Map.of("entities", explain(c, ServiceStatements.entitySearch(entities(prefix), FIRST_PAGE)));
    }

    /** GET /claims: the bounded statement, the walk when more matched than it counts, then the page's claims. */
    static void claims(Connection c, ClaimFilter filter) throws SQLException {
        List<Object[]> bounded = rows(c, ServiceStatements.claimsBounded(filter, FIRST_PAGE));
        List<Object> ids = new ArrayList<>();
        if (((Number) bounded.get(0)[0]).longValue() <= ServiceStatements.exactTotalLimit()) {
            bounded.stream().filter(row -> row[1] != null).forEach(row -> ids.add(row[1]));
        } else {
            rows(c, ServiceStatements.claimsWalk(filter, FIRST_PAGE)).forEach(row -> ids.add(row[0]));
        }
        if (!ids.isEmpty()) {
            for (Statement s : ServiceStatements.claimDetails(ids.stream().map(id -> ((Number) id).longValue())
                    .toList())) {
                rows(c, s);
            }
        }
    }

    static Map<String, String> explainClaims(Connection c, ClaimFilter filter) throws SQLException {
        Map<String, String> plans = new LinkedHashMap<>();
        plans.put("bounded", explain(c, ServiceStatements.claimsBounded(filter, FIRST_PAGE)));
        if (((Number) rows(c, ServiceStatements.claimsBounded(filter, FIRST_PAGE)).get(0)[0]).longValue()
                > ServiceStatements.exactTotalLimit()) {
            plans.put("walk", explain(c, ServiceStatements.claimsWalk(filter, FIRST_PAGE)));
        }
        return plans;
    }

    /** GET /claims/{id}/similar: the claim with its rarest words, then candidates, similar claims, first carrier. */
    static void similar(Connection c, long claimId) throws SQLException {
        rows(c, similarStatement(c, claimId));
    }

    static Map<String, String> explainSimilar(Connection c, long claimId) throws SQLException {
        Map<String, String> plans = new LinkedHashMap<>();
        plans.put("origin", explain(c, ServiceStatements.similarOrigin(claimId)));
        plans.put("similar", explain(c, similarStatement(c, claimId)));
        return plans;
    }

    /** GET /documents?source=...: the bounded statement, the walk when more matched, then the summaries. */
    static void documents(Connection c, String source) throws SQLException {
        DocumentFilter filter = bySource(source);
        List<Object[]> bounded = rows(c, ServiceStatements.documentsBounded(filter, NEWEST, FIRST_PAGE));
        List<UUID> ids = new ArrayList<>();
        if (((Number) bounded.get(0)[0]).longValue() <= ServiceStatements.exactTotalLimit()) {
            bounded.stream().filter(row -> row[1] != null).forEach(row -> ids.add((UUID) row[1]));
        } else {
            rows(c, ServiceStatements.documentsWalk(filter, NEWEST, FIRST_PAGE))
                    .forEach(row -> ids.add((UUID) row[0]));
        }
        if (!ids.isEmpty()) {
            rows(c, ServiceStatements.documentSummaries(ids));
        }
    }

    static Map<String, String> explainDocuments(Connection c, String source) throws SQLException {
        DocumentFilter filter = bySource(source);
        Map<String, String> plans = new LinkedHashMap<>();
        plans.put("bounded", explain(c, ServiceStatements.documentsBounded(filter, NEWEST, FIRST_PAGE)));
        plans.put("walk", explain(c, ServiceStatements.documentsWalk(filter, NEWEST, FIRST_PAGE)));
        return plans;
    }

    /** GET /timeline?entity=id (per day). */
    static void timeline(Connection c, long entityId) throws SQLException {
        rows(c, ServiceStatements.timeline(byDay(entityId)));
    }

    static Map<String, String> explainTimeline(Connection c, long entityId) throws SQLException {
        return Map.of("timeline", explain(c, ServiceStatements.timeline(byDay(entityId))));
    }

    /** The entity with the most mentions: the heaviest timeline. */
    static long mostMentioned(Connection c) throws SQLException {
        return ((Number) rows(c, new Statement("SELECT entity_id FROM mention GROUP BY entity_id "
                + "ORDER BY count(*) DESC, entity_id LIMIT 1", List.of())).get(0)[0]).longValue();
    }

    static ClaimFilter text(String q) {
        return new ClaimFilter(q, null, null, null, null, null, null, null, null, null, null, null);
    }

    private static EntityFilter entities(String prefix) {
        return new EntityFilter(prefix, null, EntitySort.MENTIONS);
    }

    private static DocumentFilter bySource(String source) {
        return new DocumentFilter(source, null, null, null, null, null, null, null, null);
    }

    private static TimelineQuery byDay(long entityId) {
        return new TimelineQuery(entityId, null, TimelineInterval.DAY, null, null);
    }

    private static Statement similarStatement(Connection c, long claimId) throws SQLException {
        Object[] origin = rows(c, ServiceStatements.similarOrigin(claimId)).get(0);
        List<String> rarest = Arrays.stream((Object[]) ((Array) origin[2]).getArray()).map(String.class::cast)
                .toList();
        return ServiceStatements.similar((String) origin[0], origin[1], rarest, SIMILARITY);
    }

    /** EXPLAIN (ANALYZE, BUFFERS) of one statement, as text. */
    static String explain(Connection c, Statement statement) throws SQLException {
        StringBuilder plan = new StringBuilder();
        for (Object[] row : rows(c, new Statement("EXPLAIN (ANALYZE, BUFFERS) " + statement.sql(),
                statement.parameters()))) {
            plan.append(row[0]).append('\n');
        }
        return plan.toString();
    }

    /** Runs the statement and reads every column of every row, as the service's mapping does. */
    private static List<Object[]> rows(Connection c, Statement statement) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(statement.sql())) {
            for (int i = 0; i < statement.parameters().size(); i++) {
                s.setObject(i + 1, statement.parameters().get(i));
            }
            try (ResultSet rs = s.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Object[] row = new Object[columns];
                    for (int i = 0; i < columns; i++) {
                        row[i] = rs.getObject(i + 1);
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }
}
