package org.claimlens.query.persistence;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.claimlens.query.api.ClaimQuantity;
import org.claimlens.query.api.EntityRef;
import org.claimlens.query.api.SourceLink;

/**
 * The rows a claim owns in other tables: its attribution chain, its numbers and the entities it is about. Loaded
 * for a whole page of claims at once, three queries however long the page.
 */
record ClaimParts(List<SourceLink> chain, List<ClaimQuantity> quantities, List<EntityRef> about) {

    static final ClaimParts NONE = new ClaimParts(List.of(), List.of(), List.of());

    static final String SOURCES = "SELECT claim_id, role, name, entity_id, cue, start_offset, end_offset "
            + "FROM claim_source WHERE claim_id IN (:ids) ORDER BY claim_id, depth";
    static final String QUANTITIES = "SELECT claim_id, text, start_offset, end_offset, value, upper_value, "
            + "approximation, unit FROM claim_quantity WHERE claim_id IN (:ids) ORDER BY claim_id, ordinal";
    static final String ABOUT = "SELECT ce.claim_id, e.id, e.name, e.type FROM claim_entity ce "
            + "JOIN entity e ON e.id = ce.entity_id WHERE ce.claim_id IN (:ids) ORDER BY ce.claim_id, e.name";

    @SuppressWarnings("unchecked")
    static Map<Long, ClaimParts> load(EntityManager em, Collection<Long> claimIds) {
        Map<Long, ClaimParts> parts = new HashMap<>();
        if (claimIds.isEmpty()) {
            return parts;
        }
        List<Object[]> sources = em.createNativeQuery(SOURCES)
                .setParameter("ids", claimIds).getResultList();
        for (Object[] r : sources) {
            of(parts, r).chain.add(new SourceLink((String) r[1], (String) r[2], nullableLong(r[3]), (String) r[4],
                    nullableInt(r[5]), nullableInt(r[6])));
        }
        List<Object[]> quantities = em.createNativeQuery(QUANTITIES)
                .setParameter("ids", claimIds).getResultList();
        for (Object[] r : quantities) {
            of(parts, r).quantities.add(new ClaimQuantity((String) r[1], ((Number) r[2]).intValue(),
                    ((Number) r[3]).intValue(), ((Number) r[4]).doubleValue(),
                    r[5] == null ? null : ((Number) r[5]).doubleValue(), (String) r[6], (String) r[7]));
        }
        List<Object[]> about = em.createNativeQuery(ABOUT)
                .setParameter("ids", claimIds).getResultList();
        for (Object[] r : about) {
            of(parts, r).about.add(new EntityRef(Rows.longAt(r, 1), (String) r[2], (String) r[3]));
        }
        return parts;
    }

    private static ClaimParts of(Map<Long, ClaimParts> parts, Object[] row) {
        return parts.computeIfAbsent(Rows.longAt(row, 0),
                id -> new ClaimParts(new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
    }

    private static Long nullableLong(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    private static Integer nullableInt(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }
}
