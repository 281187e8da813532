package org.claimlens.analysis.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.claimlens.analysis.extraction.DocumentEntity;

/**
 * Finds or creates canonical entities by (type, key) and records their aliases. Safe under concurrent
 * consumers: upserts go through the unique key, in a fixed order so two transactions never deadlock.
 */
@ApplicationScoped
public class CanonicalEntityRepository implements PanacheRepository<CanonicalEntity> {

    /** Returns the database id of every given entity, keyed by {@link DocumentEntity#key()}. */
    public Map<String, Long> resolve(Collection<DocumentEntity> documentEntities) {
        Map<TypedKey, DocumentEntity> ordered = new LinkedHashMap<>();
        documentEntities.stream()
                .sorted(Comparator.comparing(DocumentEntity::type).thenComparing(DocumentEntity::key))
                .forEach(e -> ordered.putIfAbsent(new TypedKey(e.type().name(), e.key()), e));
        Map<TypedKey, Long> idsByTypedKey = insertMissing(ordered.values());
        Map<String, Long> ids = new HashMap<>();
        ArrayRows aliases = new ArrayRows("int8", "text");
        for (var entry : ordered.entrySet()) {
            long id = idsByTypedKey.get(entry.getKey());
            ids.put(entry.getValue().key(), id);
            entry.getValue().aliases().forEach(alias -> aliases.add(id, alias));
        }
        aliases.execute("""
                INSERT INTO entity_alias (entity_id, alias)
                SELECT entity_id, alias FROM unnest(?::bigint[], ?::text[]) WITH ORDINALITY AS a(entity_id, alias, n)
                ORDER BY n
                ON CONFLICT DO NOTHING""");
        return ids;
    }

    /**
     * Inserts the entities not stored yet and returns the ids of all. Existing rows are only read, never updated, so
     * writers of documents that name the same entities ("UK", "BBC") do not queue on those rows until commit; rows
     * go in the sorted order (WITH ORDINALITY) so two transactions inserting the same new entities never deadlock.
     * An entity another transaction inserted meanwhile is not visible to this statement's snapshot (ON CONFLICT waited
     * for that commit); a second statement, with a fresh snapshot, reads it.
     */
    private static Map<TypedKey, Long> insertMissing(Collection<DocumentEntity> entities) {
        ArrayRows rows = new ArrayRows("text", "text", "text");
        entities.forEach(e -> rows.add(e.type().name(), e.key(), e.canonicalName()));
        Map<TypedKey, Long> ids = new HashMap<>();
        rows.query("""
                        WITH input AS (
                            SELECT type, canonical_key, name, n
                            FROM unnest(?::text[], ?::text[], ?::text[]) WITH ORDINALITY AS e(type, canonical_key, name, n)),
                        inserted AS (
                            INSERT INTO entity (type, canonical_key, name)
                            SELECT type, canonical_key, name FROM input ORDER BY n
                            ON CONFLICT (type, canonical_key) DO NOTHING
                            RETURNING id, type, canonical_key)
                        SELECT id, type, canonical_key FROM inserted
                        UNION ALL
                        SELECT e.id, e.type, e.canonical_key FROM entity e
                        JOIN input i ON e.type = i.type AND e.canonical_key = i.canonical_key""",
                CanonicalEntityRepository::idRow).forEach(row -> ids.put(row.getKey(), row.getValue()));
        if (ids.size() < entities.size()) {
            ArrayRows missing = new ArrayRows("text", "text");
            entities.stream().filter(e -> !ids.containsKey(new TypedKey(e.type().name(), e.key())))
                    .forEach(e -> missing.add(e.type().name(), e.key()));
            missing.query("""
                            SELECT e.id, e.type, e.canonical_key FROM entity e
                            JOIN unnest(?::text[], ?::text[]) AS m(type, canonical_key)
                              ON e.type = m.type AND e.canonical_key = m.canonical_key""",
                    CanonicalEntityRepository::idRow).forEach(row -> ids.put(row.getKey(), row.getValue()));
        }
        if (ids.size() < entities.size()) {
            throw new IllegalStateException((entities.size() - ids.size()) + " entities have no row after inserting");
        }
        return ids;
    }

    private static Map.Entry<TypedKey, Long> idRow(ResultSet row) throws SQLException {
        return Map.entry(new TypedKey(row.getString(2), row.getString(3)), row.getLong(1));
    }

    private record TypedKey(String type, String key) {
    }
}
