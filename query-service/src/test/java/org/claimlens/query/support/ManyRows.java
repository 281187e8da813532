package org.claimlens.query.support;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * Seeds more rows than a list counts exactly, in one statement each: many claims of one sentence in one document,
 * and many documents of one source. Written as the schema owner, like {@link TestData}.
 */
public final class ManyRows {

    private ManyRows() {
    }

    /**
     * A document whose body is {@code sentence} (without its final period) repeated {@code count} times, each
     * occurrence a claim of the author's: ordinal {@code i} starts at character {@code i * (length + 2)}.
     */
    public static UUID seedRepeatedClaims(String sentence, int count, String source, Instant ingestedAt) {
        String body = (sentence + ". ").repeat(count).strip();
        UUID document = TestData.seedArticle(new Article("Repeated", source, "Staff reporter", "en", null,
                ingestedAt, body));
        TestData.run(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO claim (document_id, ordinal, kind, content, "
                    + "content_start, content_end, claimant, sentence_index, extractor_version) "
                    + "SELECT ?, g, 'AUTHOR', ?, g * ?, g * ? + ?, 'Staff reporter', g, 'test-extractor-1' "
                    + "FROM generate_series(0, ? - 1) g")) {
                s.setObject(1, document);
                s.setString(2, sentence);
                s.setInt(3, sentence.length() + 2);
                s.setInt(4, sentence.length() + 2);
                s.setInt(5, sentence.length());
                s.setInt(6, count);
                s.executeUpdate();
            }
        });
        return document;
    }

    /** {@code count} documents of {@code source}, number {@code i} ingested {@code i} minutes before {@code last}. */
    public static void seedDocuments(String source, int count, Instant last) {
        TestData.run(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO document (id, content_hash, title, source, "
                    + "ingested_at, analysed_at, status, language, body, extractor_version, last_event_id) "
                    + "SELECT gen_random_uuid(), md5(CAST(? AS text) || g) || md5(g || CAST(? AS text)), "
                    + "'Bulk ' || g, ?, CAST(? AS timestamptz) - g * interval '1 minute', CAST(? AS timestamptz), "
                    + "'ANALYSED', 'en', 'Bulk document ' || g || '.', 'test-extractor-1', "
                    + "'event-bulk-' || CAST(? AS text) || g FROM generate_series(0, ? - 1) g")) {
                s.setString(1, source);
                s.setString(2, source);
                s.setString(3, source);
                s.setTimestamp(4, Timestamp.from(last));
                s.setTimestamp(5, Timestamp.from(last));
                s.setString(6, source);
                s.setInt(7, count);
                s.executeUpdate();
            }
        });
    }
}
