package org.claimlens.query.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.claimlens.query.api.ClaimFacets;
import org.claimlens.query.api.ClaimFilter;
import org.claimlens.query.api.FacetCount;

/** Counts claims matching a {@link ClaimFilter} by kind, certainty, document source and claimant entity type. */
@ApplicationScoped
public class FacetRepository {

    /** Values per facet; kinds and entity types are few, sources could be many. */
    public static final int MAX_VALUES = 50;

    private static final String FROM = " FROM claim c JOIN document d ON d.id = c.document_id";

    private final EntityManager entityManager;

    public FacetRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public ClaimFacets facets(ClaimFilter filter) {
        Conditions conditions = ClaimConditions.of(filter);
        Number total = (Number) conditions.bind(entityManager.createNativeQuery("SELECT count(*)" + FROM
                + conditions.where())).getSingleResult();
        return new ClaimFacets(total.longValue(), counts("c.kind", "", conditions),
                counts("c.certainty", "", conditions), counts("d.source", "", conditions),
                counts("ce.type", " JOIN entity ce ON ce.id = c.claimant_entity_id", conditions));
    }

    @SuppressWarnings("unchecked")
    private List<FacetCount> counts(String column, String join, Conditions conditions) {
        String where = conditions.where().isEmpty() ? " WHERE " : conditions.where() + " AND ";
        List<Object[]> rows = conditions.bind(entityManager.createNativeQuery("SELECT " + column + ", count(*)"
                        + FROM + join + where + column + " IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT "
                        + MAX_VALUES))
                .getResultList();
        return rows.stream().map(r -> new FacetCount((String) r[0], Rows.longAt(r, 1))).toList();
    }
}
