package org.claimlens.analysis.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
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
        List<DocumentEntity> ordered = documentEntities.stream()
                .sorted(Comparator.comparing(DocumentEntity::type).thenComparing(DocumentEntity::key))
                .toList();
        Map<String, Long> ids = new HashMap<>();
        for (DocumentEntity e : ordered) {
            long id = upsert(e);
            ids.put(e.key(), id);
            for (String alias : e.aliases()) {
                addAlias(id, alias);
            }
        }
        return ids;
    }

    private long upsert(DocumentEntity e) {
        Object id = getEntityManager().createNativeQuery("""
                        INSERT INTO entity (type, canonical_key, name) VALUES (:type, :key, :name)
                        ON CONFLICT (type, canonical_key) DO UPDATE SET name = entity.name
                        RETURNING id""")
                .setParameter("type", e.type().name())
                .setParameter("key", e.key())
                .setParameter("name", e.canonicalName())
                .getSingleResult();
        return ((Number) id).longValue();
    }

    private void addAlias(long entityId, String alias) {
        getEntityManager().createNativeQuery("""
                        INSERT INTO entity_alias (entity_id, alias) VALUES (:id, :alias)
                        ON CONFLICT DO NOTHING""")
                .setParameter("id", entityId)
                .setParameter("alias", alias)
                .executeUpdate();
    }
}
