package org.claimlens.e2e;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks "analysed exactly once" for acknowledged documents against what PostgreSQL holds: every document ANALYSED,
 * one applied event each, and per document exactly the rows (mentions, claims, sources, descriptors, same spans) that a
 * clean analysis of the same text produced; plus, from the services' JSON logs, how often a document was analysed.
 */
final class ExactlyOnceAudit {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern OUTCOME = Pattern.compile("document (\\S+) event (\\S+): (\\w+)");

    /** The audit's figures; all but the first two and {@code redeliveriesSkipped} must be zero. */
    record Figures(int acknowledged, int analysed, int lost, int analysedTwice, int extraEvents,
                   long extraRows, long missingRows, int differingSpans, int redeliveriesSkipped) {

        boolean exactlyOnce() {
            return lost == 0 && analysedTwice == 0 && extraEvents == 0 && extraRows == 0 && missingRows == 0
                    && differingSpans == 0;
        }

        @Override
        public String toString() {
            return String.format("acknowledged %d, analysed %d, lost %d, analysed twice %d, extra events %d, "
                            + "duplicated rows %d, missing rows %d, documents with other spans %d "
                            + "(redeliveries skipped by processed_event: %d)", acknowledged, analysed, lost,
                    analysedTwice, extraEvents, extraRows, missingRows, differingSpans, redeliveriesSkipped);
        }
    }

    private static final int BATCH = 25;
    private static final Duration PATIENCE = Duration.ofMinutes(4);

    private ExactlyOnceAudit() {
    }

    /**
     * Ingests every distinct text of the run once more, as references, into the now undisturbed stack, waits for
     * their analysis and audits the acknowledged documents against them.
     */
    static Figures againstCleanRun(FaultStack stack, String run, Collection<String> acknowledged) throws Exception {
        String referencePrefix = "reference-" + run;
        List<FaultStack.Doc> references = new ArrayList<>();
        try (Connection db = stack.sql(); PreparedStatement ps = db.prepareStatement(
                "SELECT DISTINCT body FROM document WHERE external_id LIKE ?")) {
            ps.setString(1, run + "%");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    references.add(new FaultStack.Doc(referencePrefix + "-" + references.size(), rs.getString(1)));
                }
            }
        }
        int accepted = 0;
        for (int from = 0; from < references.size(); from += BATCH) {
            accepted += stack.ingest(references.subList(from, Math.min(references.size(), from + BATCH)))
                    .accepted().size();
        }
        int expected = accepted;
        await().atMost(PATIENCE).until(() -> stack.analysed(referencePrefix) >= expected);
        List<Path> logs = stack.analysisInstances().stream().map(ServiceProcess::logFile).toList();
        try (Connection db = stack.sql()) {
            return of(db, acknowledged, referencePrefix, logs);
        }
    }

    /**
     * @param acknowledged ids of the documents ingest answered 202 for, each posted once
     * @param referencePrefix externalId prefix of the clean analyses of the same texts
     * @param logs the JSON logs of every analysis instance that ran, killed ones included
     */
    static Figures of(Connection db, Collection<String> acknowledged, String referencePrefix, List<Path> logs)
            throws SQLException, IOException {
        String[] ids = acknowledged.toArray(String[]::new);
        int analysed = count(db, "SELECT count(*) FROM document WHERE id = ANY(?::uuid[]) AND status = 'ANALYSED'",
                ids);
        int extraEvents = count(db, "SELECT coalesce(sum(n - 1), 0) FROM (SELECT count(*) AS n FROM processed_event"
                + " WHERE document_id = ANY(?::uuid[]) GROUP BY document_id) e", ids);
        long[] rows = rowDifferences(db, ids, referencePrefix);
        Map<String, Integer> analyses = new HashMap<>();
        int skipped = 0;
        for (Path log : logs) {
            for (String line : Files.readAllLines(log)) {
                Matcher m = line.startsWith("{") ? OUTCOME.matcher(JSON.readTree(line).path("message").asText())
                        : OUTCOME.matcher("");
                if (m.find() && acknowledged.contains(m.group(1))) {
                    if (m.group(3).equals("ANALYSED")) {
                        analyses.merge(m.group(1), 1, Integer::sum);
                    } else if (m.group(3).equals("DUPLICATE_EVENT")) {
                        skipped++;
                    }
                }
            }
        }
        int twice = (int) analyses.values().stream().filter(n -> n > 1).count();
        return new Figures(ids.length, analysed, ids.length - analysed, twice, extraEvents, rows[0], rows[1],
                (int) rows[2], skipped);
    }

    /** Extra rows, missing rows and documents whose spans differ, against the reference of equal content. */
    private static long[] rowDifferences(Connection db, String[] ids, String referencePrefix) throws SQLException {
        String perDocument = """
                SELECT d.id, d.content_hash, d.external_id,
                       (SELECT count(*) FROM mention m WHERE m.document_id = d.id) AS mentions,
                       (SELECT count(*) FROM claim c WHERE c.document_id = d.id) AS claims,
                       (SELECT count(*) FROM claim_source s JOIN claim c ON c.id = s.claim_id
                         WHERE c.document_id = d.id) AS sources,
                       (SELECT count(*) FROM entity_descriptor e WHERE e.document_id = d.id) AS descriptors,
                       coalesce((SELECT string_agg(m.start_offset || ':' || m.end_offset || m.type, ','
                                          ORDER BY m.start_offset, m.end_offset) FROM mention m
                         WHERE m.document_id = d.id), '') || '|' ||
                       coalesce((SELECT string_agg(c.content_start || ':' || c.content_end || c.kind, ','
                                          ORDER BY c.ordinal) FROM claim c WHERE c.document_id = d.id), '') AS spans
                  FROM document d""";
        String sql = "WITH audited AS (" + perDocument + " WHERE d.id = ANY(?::uuid[])), "
                + "reference AS (" + perDocument + " WHERE d.external_id LIKE ? AND d.status = 'ANALYSED') "
                + "SELECT coalesce(sum(greatest(a.mentions - r.mentions, 0) + greatest(a.claims - r.claims, 0)"
                + " + greatest(a.sources - r.sources, 0) + greatest(a.descriptors - r.descriptors, 0)), 0),"
                + " coalesce(sum(greatest(r.mentions - a.mentions, 0) + greatest(r.claims - a.claims, 0)"
                + " + greatest(r.sources - a.sources, 0) + greatest(r.descriptors - a.descriptors, 0)), 0),"
                + " count(*) FILTER (WHERE a.spans IS DISTINCT FROM r.spans),"
                + " count(*) FILTER (WHERE r.id IS NULL)"
                + " FROM audited a LEFT JOIN LATERAL (SELECT * FROM reference r WHERE r.content_hash = a.content_hash"
                + " LIMIT 1) r ON true";
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            ps.setArray(1, db.createArrayOf("text", ids));
            ps.setString(2, referencePrefix + "%");
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (rs.getLong(4) > 0) {
                    throw new IllegalStateException(rs.getLong(4) + " audited documents have no clean reference");
                }
                return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)};
            }
        }
    }

    static int count(Connection db, String sql, String[] ids) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            ps.setArray(1, db.createArrayOf("text", ids));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
