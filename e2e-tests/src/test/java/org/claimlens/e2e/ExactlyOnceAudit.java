package org.claimlens.e2e;

import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Checks "analysed exactly once" for acknowledged submissions against what PostgreSQL holds: every submission filed
 * once as a source of an ANALYSED document, one applied event each, one document per text, and per document exactly
 * the rows (mentions, claims, claim sources, descriptors, same spans) that a clean re-analysis of its text produces;
 * plus, from the analysis instances' logs, how often a submission was analysed.
 */
final class ExactlyOnceAudit {

    /** The audit's figures; all but the first three and {@code redeliveriesSkipped} must be zero. */
    record Figures(int acknowledged, int analysed, int documents, int lost, int analysedTwice, int extraEvents,
                   int extraDocuments, long extraRows, long missingRows, int differingSpans, int redeliveriesSkipped) {

        boolean exactlyOnce() {
            return lost == 0 && analysedTwice == 0 && extraEvents == 0 && extraDocuments == 0 && extraRows == 0
                    && missingRows == 0 && differingSpans == 0;
        }

        @Override
        public String toString() {
            return String.format("acknowledged %d, analysed %d (as %d documents), lost %d, analysed twice %d, "
                            + "extra events %d, extra documents %d, duplicated rows %d, missing rows %d, documents "
                            + "with other spans %d (redeliveries skipped by processed_event: %d)", acknowledged,
                    analysed, documents, lost, analysedTwice, extraEvents, extraDocuments, extraRows, missingRows,
                    differingSpans, redeliveriesSkipped);
        }
    }

    /** A document's results: row counts and the spans of its mentions and claims, and the event it came from. */
    private record Results(long mentions, long claims, long sources, long descriptors, String spans,
                           String lastEventId) {
    }

    private static final Duration PATIENCE = Duration.ofMinutes(4);
    private static final String RESULTS = """
            SELECT d.id, d.last_event_id,
                   (SELECT count(*) FROM mention m WHERE m.document_id = d.id),
                   (SELECT count(*) FROM claim c WHERE c.document_id = d.id),
                   (SELECT count(*) FROM claim_source s JOIN claim c ON c.id = s.claim_id WHERE c.document_id = d.id),
                   (SELECT count(*) FROM entity_descriptor e WHERE e.document_id = d.id),
                   coalesce((SELECT string_agg(m.start_offset || ':' || m.end_offset || m.type, ','
                                      ORDER BY m.start_offset, m.end_offset) FROM mention m
                     WHERE m.document_id = d.id), '') || '|' ||
                   coalesce((SELECT string_agg(c.content_start || ':' || c.content_end || c.kind, ','
                                      ORDER BY c.ordinal) FROM claim c WHERE c.document_id = d.id), '')
              FROM document d
             WHERE d.id IN (SELECT document_id FROM document_source WHERE submission_id = ANY(?::uuid[]))""";

    private ExactlyOnceAudit() {
    }

    /**
     * Audits the acknowledged submissions in the now undisturbed stack: reads the logs and the stored results, has
     * the operator API analyse the same documents again from scratch, and compares the two.
     *
     * @param acknowledged ids of the submissions ingest answered 202 for, each posted once
     */
    static Figures of(FaultStack stack, Collection<String> acknowledged) throws Exception {
        String[] ids = acknowledged.toArray(String[]::new);
        Map<String, Integer> analyses = new HashMap<>();
        int skipped = 0;
        for (RunningService instance : stack.analysisInstances()) {
            for (ProcessingLog.Outcome o : ProcessingLog.of(instance).outcomes()) {
                if (acknowledged.contains(o.documentId()) && o.outcome().equals("ANALYSED")) {
                    analyses.merge(o.documentId(), 1, Integer::sum);
                } else if (acknowledged.contains(o.documentId()) && o.outcome().equals("DUPLICATE_EVENT")) {
                    skipped++;
                }
            }
        }
        int twice = (int) analyses.values().stream().filter(n -> n > 1).count();
        try (Connection db = stack.sql()) {
            int analysed = count(db, "SELECT count(*) FROM document_source s JOIN document d ON d.id = s.document_id"
                    + " WHERE s.submission_id = ANY(?::uuid[]) AND d.status = 'ANALYSED'", ids);
            int extraEvents = count(db, "SELECT coalesce(sum(n - 1), 0) FROM (SELECT count(*) AS n FROM"
                    + " processed_event WHERE document_id = ANY(?::uuid[]) GROUP BY document_id) e", ids);
            int extraDocuments = count(db, "SELECT count(*) - count(DISTINCT content_hash) FROM document WHERE id IN"
                    + " (SELECT document_id FROM document_source WHERE submission_id = ANY(?::uuid[]))", ids);
            Map<String, Results> stored = results(db, ids);
            Map<String, Results> clean = reanalysed(stack, db, ids, stored);
            long extra = 0;
            long missing = 0;
            int differing = 0;
            for (Map.Entry<String, Results> entry : stored.entrySet()) {
                Results before = entry.getValue();
                Results after = clean.get(entry.getKey());
                long[] delta = {before.mentions() - after.mentions(), before.claims() - after.claims(),
                        before.sources() - after.sources(), before.descriptors() - after.descriptors()};
                for (long d : delta) {
                    extra += Math.max(d, 0);
                    missing += Math.max(-d, 0);
                }
                differing += before.spans().equals(after.spans()) ? 0 : 1;
            }
            return new Figures(ids.length, analysed, stored.size(), ids.length - analysed, twice, extraEvents,
                    extraDocuments, extra, missing, differing, skipped);
        }
    }

    /** The same documents after a re-run from their stored texts, requested once all of them are analysed. */
    private static Map<String, Results> reanalysed(FaultStack stack, Connection db, String[] ids,
                                                   Map<String, Results> before) throws SQLException {
        String since;
        try (PreparedStatement ps = db.prepareStatement("SELECT to_char(min(analysed_at) AT TIME ZONE 'UTC',"
                + " 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') FROM document WHERE id = ANY(?::uuid[])")) {
            ps.setArray(1, db.createArrayOf("text", before.keySet().toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                since = rs.getString(1);
            }
        }
        stack.reprocessAnalysedSince(since);
        Set<String> documents = before.keySet();
        await().atMost(PATIENCE).until(() -> {
            Map<String, Results> now = results(db, ids);
            return documents.stream().allMatch(id -> now.containsKey(id)
                    && !now.get(id).lastEventId().equals(before.get(id).lastEventId()));
        });
        return results(db, ids);
    }

    private static Map<String, Results> results(Connection db, String[] ids) throws SQLException {
        Map<String, Results> results = new HashMap<>();
        try (PreparedStatement ps = db.prepareStatement(RESULTS)) {
            ps.setArray(1, db.createArrayOf("text", ids));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    results.put(rs.getString(1), new Results(rs.getLong(3), rs.getLong(4), rs.getLong(5),
                            rs.getLong(6), rs.getString(7), rs.getString(2)));
                }
            }
        }
        return results;
    }

    private static int count(Connection db, String sql, String[] ids) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            ps.setArray(1, db.createArrayOf("text", ids));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
