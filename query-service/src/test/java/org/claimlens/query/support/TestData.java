package org.claimlens.query.support;

import static org.claimlens.query.support.SyriaStory.BODY;
import static org.claimlens.query.support.SyriaStory.FIRST_SENTENCE;
import static org.claimlens.query.support.SyriaStory.SPOKESMAN;
import static org.claimlens.query.support.SyriaStory.SPOKESMAN_CLAIM;
import static org.claimlens.query.support.SyriaStory.TRAVERS_CLAIM;
import static org.claimlens.query.support.SyriaStory.offset;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Writes test rows with plain JDBC as the schema owner, the way analysis-service would; the service under test
 * only ever reads them through its read-only login. Each test resets and seeds what it needs.
 */
public final class TestData {

    private static final String EXTRACTOR = "test-extractor-1";

    private TestData() {
    }

    /** Refreshes the planner's statistics (the claims' most common words among them) after seeding. */
    public static void analyse() {
        run(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE claim");
            }
        });
    }

    /** Empties every table analysis-service writes. */
    public static void reset() {
        run(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("TRUNCATE claim_quantity, claim_source, claim_entity, claim, mention, entity_descriptor, "
                        + "entity_alias, entity, source_original, document_source, document_near_duplicate, document_band, "
                        + "document_fingerprint, document, processed_event RESTART IDENTITY");
            }
        });
    }

    /** The article about ISIS and Syria: five entities, seven mentions, two claims (one by Russell Travers). */
    public static SyriaStory seedSyriaStory() {
        return call(c -> {
            UUID doc = insertDocument(c, SyriaStory.TITLE, SyriaStory.SOURCE, "ANALYSED",
                    Instant.parse(SyriaStory.PUBLISHED_AT), Instant.parse(SyriaStory.INGESTED_AT), BODY, null);
            long travers = insertEntity(c, "PERSON", "Russell Travers", "Travers");
            long nctc = insertEntity(c, "ORGANIZATION", "National Counterterrorism Center");
            long isis = insertEntity(c, "ORGANIZATION", "Islamic State", "ISIS", "Islamic State of Iraq and Syria");
            long syria = insertEntity(c, "LOCATION", "Syria");
            long sdf = insertEntity(c, "ORGANIZATION", "Syrian Democratic Forces", "SDF");
            int second = FIRST_SENTENCE.length();
            int third = offset(SyriaStory.THIRD_SENTENCE);
            insertMention(c, doc, travers, "Russell Travers", 0, 0);
            insertMention(c, doc, nctc, "National Counterterrorism Center", 0, 0);
            insertMention(c, doc, isis, "Islamic State", 0, 0);
            insertMention(c, doc, syria, "Syria", offset("Syria within"), 0);
            insertMention(c, doc, sdf, "Syrian Democratic Forces", second, 1);
            insertMention(c, doc, travers, "Travers", third, 2);
            insertMention(c, doc, sdf, "SDF", third, 2);
            long traversClaim = insertClaim(c, doc, 0, TRAVERS_CLAIM, "Russell Travers", travers,
                    offset("said"), 0);
            long spokesmanClaim = insertClaim(c, doc, 1, SPOKESMAN_CLAIM, SPOKESMAN, null,
                    offset("said", second), 1);
            return new SyriaStory(doc, travers, nctc, isis, syria, sdf, traversClaim, spokesmanClaim);
        });
    }

    /** A document with nothing extracted from it; {@code publishedAt} and {@code statusReason} may be null. */
    public static UUID seedDocument(String title, String source, String status, Instant publishedAt,
                                    Instant ingestedAt, String statusReason) {
        return call(c -> insertDocument(c, title, source, status, publishedAt, ingestedAt,
                "Body of " + title + ".", statusReason));
    }

    /** A document with the given metadata and text and nothing extracted from it. */
    public static UUID seedArticle(Article article) {
        return call(c -> insertDocument(c, article.title(), article.source(), article.author(), article.language(),
                "ANALYSED", article.publishedAt(), article.ingestedAt(), article.body(), null));
    }

    public static long seedEntity(String type, String name, String... aliases) {
        return call(c -> insertEntity(c, type, name, aliases));
    }

    /**
     * A claim whose content (and claimant, if not null) occur in the document's body; no cue.
     * {@code claimantEntity} may be null.
     */
    public static long seedClaim(UUID documentId, int ordinal, String kind, String content, String claimant,
                                 Long claimantEntity) {
        return call(c -> {
            int start = offsetIn(c, documentId, content, 0);
            Integer claimantStart = claimant == null ? null : offsetIn(c, documentId, claimant, 0);
            try (PreparedStatement s = c.prepareStatement("INSERT INTO claim (document_id, ordinal, kind, content, "
                    + "content_start, content_end, claimant, claimant_start, claimant_end, claimant_entity_id, "
                    + "sentence_index, extractor_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?) RETURNING id")) {
                s.setObject(1, documentId);
                s.setInt(2, ordinal);
                s.setString(3, kind);
                s.setString(4, content);
                s.setInt(5, start);
                s.setInt(6, start + content.length());
                s.setString(7, claimant);
                s.setObject(8, claimantStart);
                s.setObject(9, claimantStart == null ? null : claimantStart + claimant.length());
                s.setObject(10, claimantEntity);
                s.setString(11, EXTRACTOR);
                long id = single(s);
                linkClaimsToEntities(c, documentId);
                return id;
            }
        });
    }

    /** Sets how firmly a seeded claim is made and how worth checking it is. */
    public static void rateClaim(long claimId, String certainty, double certaintyScore, double checkWorthiness) {
        run(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE claim SET certainty = ?, certainty_score = ?, "
                    + "check_worthiness = ?, check_worthy = ? WHERE id = ?")) {
                s.setString(1, certainty);
                s.setDouble(2, certaintyScore);
                s.setDouble(3, checkWorthiness);
                s.setBoolean(4, checkWorthiness >= 0.5);
                s.setLong(5, claimId);
                s.executeUpdate();
            }
        });
    }

    /** The attribution chain of a seeded claim, outermost first, as "ROLE:name" pairs; no offsets. */
    public static void seedChain(long claimId, String... links) {
        run(c -> {
            for (int depth = 0; depth < links.length; depth++) {
                String[] roleAndName = links[depth].split(":", 2);
                try (PreparedStatement s = c.prepareStatement(
                        "INSERT INTO claim_source (claim_id, depth, role, name) VALUES (?, ?, ?, ?)")) {
                    s.setLong(1, claimId);
                    s.setInt(2, depth);
                    s.setString(3, roleAndName[0]);
                    s.setString(4, roleAndName[1]);
                    s.executeUpdate();
                }
            }
        });
    }

    /** A number stated by a seeded claim, found in its content. */
    public static void seedQuantity(long claimId, String text, double value, String approximation, String unit) {
        run(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO claim_quantity (claim_id, ordinal, text, "
                    + "start_offset, end_offset, value, approximation, unit) SELECT id, 0, ?, "
                    + "content_start + strpos(content, ?) - 1, content_start + strpos(content, ?) - 1 + ?, ?, ?, ? "
                    + "FROM claim WHERE id = ?")) {
                s.setString(1, text);
                s.setString(2, text);
                s.setString(3, text);
                s.setInt(4, text.length());
                s.setDouble(5, value);
                s.setString(6, approximation);
                s.setString(7, unit);
                s.setLong(8, claimId);
                s.executeUpdate();
            }
        });
    }

    /** One more mention of an existing entity, at the start of a document seeded by {@link #seedDocument}. */
    public static void seedMention(UUID documentId, long entityId, String surface) {
        run(c -> insertMention(c, documentId, entityId, surface, 0, 0));
    }

    /** A title or role the document gives the entity, at offset {@code start}. */
    public static void seedDescriptor(UUID documentId, long entityId, String text, int start) {
        run(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO entity_descriptor (entity_id, document_id, "
                    + "descriptor, start_offset, end_offset, extractor_version) VALUES (?, ?, ?, ?, ?, 'test')")) {
                s.setLong(1, entityId);
                s.setObject(2, documentId);
                s.setString(3, text);
                s.setInt(4, start);
                s.setInt(5, start + text.length());
                s.executeUpdate();
            }
        });
    }

    private static UUID insertDocument(Connection c, String title, String source, String status,
                                       Instant publishedAt, Instant ingestedAt, String body, String statusReason)
            throws SQLException {
        return insertDocument(c, title, source, "Staff reporter", "en", status, publishedAt, ingestedAt, body,
                statusReason);
    }

    private static UUID insertDocument(Connection c, String title, String source, String author, String language,
                                       String status, Instant publishedAt, Instant ingestedAt, String body,
                                       String statusReason) throws SQLException {
        UUID id = UUID.randomUUID();
        try (PreparedStatement s = c.prepareStatement("INSERT INTO document (id, external_id, content_hash, "
                + "title, url, source, author, published_at, ingested_at, analysed_at, status, status_reason, "
                + "language, body, token_count, sentence_count, extractor_version, last_event_id) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setObject(1, id);
            s.setString(2, "ext-" + id);
            s.setString(3, sha256(body));
            s.setString(4, title);
            s.setString(5, "https://news.example.org/" + id);
            s.setString(6, source);
            s.setString(7, author);
            s.setTimestamp(8, publishedAt == null ? null : Timestamp.from(publishedAt));
            s.setTimestamp(9, Timestamp.from(ingestedAt));
            s.setTimestamp(10, Timestamp.from(ingestedAt.plusSeconds(2)));
            s.setString(11, status);
            s.setString(12, statusReason);
            s.setString(13, language);
            s.setString(14, body);
            s.setInt(15, body.split("\\s+").length);
            s.setInt(16, body.split("[.!?]").length);
            s.setString(17, EXTRACTOR);
            s.setString(18, "event-" + id);
            s.executeUpdate();
        }
        return id;
    }

    private static long insertEntity(Connection c, String type, String name, String... aliases)
            throws SQLException {
        long id;
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO entity (type, canonical_key, name) VALUES (?, ?, ?) RETURNING id")) {
            s.setString(1, type);
            s.setString(2, name.toLowerCase());
            s.setString(3, name);
            id = single(s);
        }
        for (String alias : aliases) {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO entity_alias (entity_id, alias) VALUES (?, ?)")) {
                s.setLong(1, id);
                s.setString(2, alias);
                s.executeUpdate();
            }
        }
        return id;
    }

    private static void insertMention(Connection c, UUID doc, long entity, String surface, int from,
                                      int sentence) throws SQLException {
        int start = offsetIn(c, doc, surface, from);
        try (PreparedStatement s = c.prepareStatement("INSERT INTO mention (document_id, entity_id, type, surface, "
                + "start_offset, end_offset, sentence_index, extractor_version) "
                + "SELECT ?, id, type, ?, ?, ?, ?, ? FROM entity WHERE id = ?")) {
            s.setObject(1, doc);
            s.setString(2, surface);
            s.setInt(3, start);
            s.setInt(4, start + surface.length());
            s.setInt(5, sentence);
            s.setString(6, EXTRACTOR);
            s.setLong(7, entity);
            s.executeUpdate();
        }
        linkClaimsToEntities(c, doc);
    }

    /** As the extractor does: a claim is about every entity mentioned in its content other than its claimant. */
    private static void linkClaimsToEntities(Connection c, UUID doc) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO claim_entity (claim_id, entity_id) "
                + "SELECT DISTINCT cl.id, m.entity_id FROM claim cl JOIN mention m ON m.document_id = cl.document_id "
                + "AND m.start_offset >= cl.content_start AND m.end_offset <= cl.content_end "
                + "WHERE cl.document_id = ? AND m.entity_id IS DISTINCT FROM cl.claimant_entity_id "
                + "ON CONFLICT DO NOTHING")) {
            s.setObject(1, doc);
            s.executeUpdate();
        }
    }

    private static long insertClaim(Connection c, UUID doc, int ordinal, String content, String claimant,
                                    Long claimantEntity, int cueStart, int sentence) throws SQLException {
        int contentStart = offset(content);
        int claimantStart = offset(claimant);
        try (PreparedStatement s = c.prepareStatement("INSERT INTO claim (document_id, ordinal, kind, content, "
                + "content_start, content_end, claimant, claimant_start, claimant_end, claimant_entity_id, cue, "
                + "cue_start, cue_end, sentence_index, extractor_version) "
                + "VALUES (?, ?, 'INDIRECT', ?, ?, ?, ?, ?, ?, ?, 'said', ?, ?, ?, ?) RETURNING id")) {
            s.setObject(1, doc);
            s.setInt(2, ordinal);
            s.setString(3, content);
            s.setInt(4, contentStart);
            s.setInt(5, contentStart + content.length());
            s.setString(6, claimant);
            s.setInt(7, claimantStart);
            s.setInt(8, claimantStart + claimant.length());
            s.setObject(9, claimantEntity);
            s.setInt(10, cueStart);
            s.setInt(11, cueStart + "said".length());
            s.setInt(12, sentence);
            s.setString(13, EXTRACTOR);
            long id = single(s);
            linkClaimsToEntities(c, doc);
            return id;
        }
    }

    /** Where {@code surface} first occurs in the stored body of {@code doc}, at or after {@code from}. */
    private static int offsetIn(Connection c, UUID doc, String surface, int from) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT body FROM document WHERE id = ?")) {
            s.setObject(1, doc);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                int at = rs.getString(1).indexOf(surface, from);
                if (at < 0) {
                    throw new IllegalArgumentException(surface + " is not in document " + doc);
                }
                return at;
            }
        }
    }

    private static long single(PreparedStatement s) throws SQLException {
        try (ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs one statement as the schema owner, for rows no seed method above covers. */
    public static void execute(String sql, Object... params) {
        run(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    s.setObject(i + 1, params[i]);
                }
                s.executeUpdate();
            }
        });
    }

    interface SqlWork<T> {
        T apply(Connection c) throws SQLException;
    }

    interface SqlAction {
        void apply(Connection c) throws SQLException;
    }

    /** Runs {@code action} on a connection of the schema owner, as every seeding method does. */
    static void run(SqlAction action) {
        call(c -> {
            action.apply(c);
            return null;
        });
    }

    static <T> T call(SqlWork<T> work) {
        Config config = ConfigProvider.getConfig();
        try (Connection c = DriverManager.getConnection(
                config.getValue("claimlens.test.owner.jdbc-url", String.class),
                config.getValue("claimlens.test.owner.username", String.class),
                config.getValue("claimlens.test.owner.password", String.class))) {
            return work.apply(c);
        } catch (SQLException e) {
            throw new IllegalStateException("Seeding the test database failed", e);
        }
    }
}
