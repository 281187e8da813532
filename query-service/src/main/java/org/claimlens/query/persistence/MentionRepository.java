package org.claimlens.query.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.claimlens.query.api.DocumentEntity;
import org.claimlens.query.api.MentionSpan;

/** Reads mentions grouped by the canonical entity they name within one document. */
@ApplicationScoped
public class MentionRepository implements PanacheRepositoryBase<Mention, Long> {

    /** Bounds the response for pathological documents; analysis caps document length as well. */
    static final int MAX_ENTITIES = 500;
    static final int MAX_MENTIONS = 10_000;

    /** The document's entities ordered by their first mention, each with its mentions in text order. */
    public List<DocumentEntity> entitiesOf(UUID documentId) {
        List<Object[]> entities = getEntityManager().createQuery(
                        "select e.id, e.name, e.type, count(m) from Mention m join m.entity e "
                                + "where m.document.id = :id group by e.id, e.name, e.type "
                                + "order by min(m.startOffset), e.id", Object[].class)
                .setParameter("id", documentId)
                .setMaxResults(MAX_ENTITIES)
                .getResultList();
        if (entities.isEmpty()) {
            return List.of();
        }
        Map<Long, List<MentionSpan>> spans = new LinkedHashMap<>();
        entities.forEach(row -> spans.put((Long) row[0], new ArrayList<>()));
        getEntityManager().createQuery("select m from Mention m where m.document.id = :id "
                        + "and m.entity.id in :entities order by m.startOffset", Mention.class)
                .setParameter("id", documentId)
                .setParameter("entities", spans.keySet())
                .setMaxResults(MAX_MENTIONS)
                .getResultStream()
                .forEach(m -> spans.get(m.getEntity().getId()).add(new MentionSpan(
                        m.getStartOffset(), m.getEndOffset(), m.getSurface(), m.getSentenceIndex())));
        return entities.stream()
                .map(row -> new DocumentEntity((Long) row[0], (String) row[1], (String) row[2], (Long) row[3],
                        spans.get((Long) row[0])))
                .toList();
    }
}
