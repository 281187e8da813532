package org.claimlens.query.bench;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.claimlens.query.bench.SyntheticCorpus.Claim;
import org.claimlens.query.bench.SyntheticCorpus.Descriptor;
import org.claimlens.query.bench.SyntheticCorpus.Document;
import org.claimlens.query.bench.SyntheticCorpus.Entity;
import org.claimlens.query.bench.SyntheticCorpus.Link;
import org.claimlens.query.bench.SyntheticCorpus.Mention;
import org.claimlens.query.bench.SyntheticCorpus.Quantity;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes the synthetic corpus into the Flyway schema as its owner with {@code COPY}, a batch of documents at a
 * time, into the same tables and columns analysis-service writes.
 */
final class BulkLoader {

    private static final String EXTRACTOR = "synthetic-1";
    private static final int BATCH = 2_000;

    private final Connection connection;
    private final CopyManager copy;
    private final SyntheticCorpus corpus;
    private final Map<Integer, Long> entityIds = new HashMap<>();

    BulkLoader(Connection connection, SyntheticCorpus corpus) throws SQLException {
        this.connection = connection;
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
        this.corpus = corpus;
    }

    /** All canonical entities and their aliases; their generated ids are read back for the mention rows. */
    void loadEntities() throws SQLException, IOException {
        Csv rows = new Csv();
        for (Entity e : corpus.entities()) {
            rows.row(e.type(), e.name().toLowerCase(java.util.Locale.ROOT), e.name());
        }
        copy.copyIn("COPY entity (type, canonical_key, name) FROM STDIN WITH (FORMAT csv)", rows.reader());
        Map<String, Integer> byKey = new HashMap<>();
        corpus.entities().forEach(e -> byKey.put(e.type() + "|" + e.name().toLowerCase(java.util.Locale.ROOT),
                e.index()));
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, type, canonical_key FROM entity")) {
            while (rs.next()) {
                entityIds.put(byKey.get(rs.getString(2) + "|" + rs.getString(3)), rs.getLong(1));
            }
        }
        Csv aliases = new Csv();
        for (Entity e : corpus.entities()) {
            e.aliases().stream().distinct().forEach(alias -> aliases.row(entityIds.get(e.index()), alias));
        }
        copy.copyIn("COPY entity_alias (entity_id, alias) FROM STDIN WITH (FORMAT csv)", aliases.reader());
    }

    /** Documents numbered {@code from} (inclusive) to {@code to} (exclusive) with everything extracted from them. */
    void loadDocuments(int from, int to) throws SQLException, IOException {
        for (int start = from; start < to; start += BATCH) {
            List<Document> batch = new ArrayList<>();
            for (int n = start; n < Math.min(to, start + BATCH); n++) {
                batch.add(corpus.document(n));
            }
            writeBatch(batch);
        }
    }

    long entityId(int index) {
        return entityIds.get(index);
    }

    private void writeBatch(List<Document> batch) throws SQLException, IOException {
        Csv documents = new Csv();
        Csv mentions = new Csv();
        Csv claims = new Csv();
        Csv descriptors = new Csv();
        for (Document d : batch) {
            documents.row(d.id(), "synthetic-" + d.id(), sha(d.id()), d.title(), "https://news.example.org/" + d.id(),
                    d.source(), d.author(), d.publishedAt(), d.ingestedAt(), d.ingestedAt().plusSeconds(3),
                    d.status(), d.statusReason(), "en", d.body(), d.body().split("\\s+").length, d.sentences(),
                    EXTRACTOR, "event-" + d.id());
            for (Mention m : d.mentions()) {
                Entity e = corpus.entity(m.entity());
                mentions.row(d.id(), entityIds.get(m.entity()), e.type(), m.surface(), m.start(), m.end(),
                        m.sentence(), EXTRACTOR);
            }
            for (Claim c : d.claims()) {
                claims.row(d.id(), c.ordinal(), c.kind(), c.content(), c.start(), c.end(), c.claimant(),
                        c.claimantStart(), c.claimantEnd(),
                        c.claimantEntity() == null ? null : entityIds.get(c.claimantEntity()), c.cue(), c.cueStart(),
                        c.cueEnd(), c.sentence(), EXTRACTOR, c.certainty(), c.certaintyScore(), c.certaintyCue(),
                        c.checkWorthiness(), c.checkWorthiness() >= 0.5);
            }
            for (Descriptor x : d.descriptors()) {
                descriptors.row(entityIds.get(x.entity()), d.id(), x.text(), x.start(), x.end(), EXTRACTOR);
            }
        }
        copy.copyIn("COPY document (id, external_id, content_hash, title, url, source, author, published_at, "
                + "ingested_at, analysed_at, status, status_reason, language, body, token_count, sentence_count, "
                + "extractor_version, last_event_id) FROM STDIN WITH (FORMAT csv)", documents.reader());
        copy.copyIn("COPY mention (document_id, entity_id, type, surface, start_offset, end_offset, sentence_index, "
                + "extractor_version) FROM STDIN WITH (FORMAT csv)", mentions.reader());
        copy.copyIn("COPY claim (document_id, ordinal, kind, content, content_start, content_end, claimant, "
                + "claimant_start, claimant_end, claimant_entity_id, cue, cue_start, cue_end, sentence_index, "
                + "extractor_version, certainty, certainty_score, certainty_cue, check_worthiness, check_worthy) "
                + "FROM STDIN WITH (FORMAT csv)", claims.reader());
        copy.copyIn("COPY entity_descriptor (entity_id, document_id, descriptor, start_offset, end_offset, "
                + "extractor_version) FROM STDIN WITH (FORMAT csv) ", descriptors.reader());
        writeClaimParts(batch, claimIds(batch));
    }

    private void writeClaimParts(List<Document> batch, Map<String, Long> ids) throws SQLException, IOException {
        Csv sources = new Csv();
        Csv about = new Csv();
        Csv quantities = new Csv();
        for (Document d : batch) {
            for (Claim c : d.claims()) {
                long id = ids.get(d.id() + "|" + c.ordinal());
                for (int depth = 0; depth < c.chain().size(); depth++) {
                    Link l = c.chain().get(depth);
                    sources.row(id, depth, l.role(), l.name(), l.start(), l.end(),
                            l.entity() == null ? null : entityIds.get(l.entity()), l.cue());
                }
                c.about().forEach(entity -> about.row(id, entityIds.get(entity)));
                for (int i = 0; i < c.quantities().size(); i++) {
                    Quantity q = c.quantities().get(i);
                    quantities.row(id, i, q.text(), q.start(), q.end(), q.value(), null, "EXACT", q.unit());
                }
            }
        }
        copy.copyIn("COPY claim_source (claim_id, depth, role, name, start_offset, end_offset, entity_id, cue) "
                + "FROM STDIN WITH (FORMAT csv)", sources.reader());
        copy.copyIn("COPY claim_entity (claim_id, entity_id) FROM STDIN WITH (FORMAT csv)", about.reader());
        copy.copyIn("COPY claim_quantity (claim_id, ordinal, text, start_offset, end_offset, value, upper_value, "
                + "approximation, unit) FROM STDIN WITH (FORMAT csv)", quantities.reader());
    }

    /** The generated claim ids of a batch, by document id and ordinal. */
    private Map<String, Long> claimIds(List<Document> batch) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT id, document_id, ordinal FROM claim WHERE document_id = ANY (?)")) {
            Array array = connection.createArrayOf("uuid", batch.stream().map(Document::id).toArray(UUID[]::new));
            s.setArray(1, array);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.put(rs.getObject(2) + "|" + rs.getInt(3), rs.getLong(1));
                }
            }
        }
        return ids;
    }

    private static String sha(UUID id) {
        String hex = id.toString().replace("-", "");
        return (hex + hex).substring(0, 64);
    }

    /** Rows in PostgreSQL's CSV format: null is an unquoted empty field, every value is quoted. */
    private static final class Csv {

        private final StringBuilder text = new StringBuilder();

        void row(Object... values) {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    text.append(',');
                }
                if (values[i] != null) {
                    text.append('"').append(values[i].toString().replace("\"", "\"\"")).append('"');
                }
            }
            text.append('\n');
        }

        StringReader reader() {
            return new StringReader(text.toString());
        }
    }
}
