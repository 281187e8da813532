package org.claimlens.analysis.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
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
        ArrayRows upserts = new ArrayRows("text", "text", "text");
        ordered.values().forEach(e -> upserts.add(e.type().name(), e.key(), e.canonicalName()));
        // one statement for all entities, rows in the sorted order (WITH ORDINALITY) so that two
        // transactions lock shared entities in the same order and never deadlock
        Map<TypedKey, Long> idsByTypedKey = upserts.query("""
                        INSERT INTO entity (type, canonical_key, name)
                        SELECT type, canonical_key, name
                        FROM unnest(?::text[], ?::text[], ?::text[]) WITH ORDINALITY AS e(type, canonical_key, name, n)
                        ORDER BY n
                        ON CONFLICT (type, canonical_key) DO UPDATE SET name = entity.name
                        RETURNING id, type, canonical_key""",
                row -> Map.entry(new TypedKey(row.getString(2), row.getString(3)), row.getLong(1)))
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
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

    private record TypedKey(String type, String key) {
    }
}
