package org.claimlens.query.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.claimlens.query.api.ClaimFacets;
import org.claimlens.query.api.ClaimFilter;
import org.claimlens.query.api.FacetCount;

/** Counts claims matching a {@link ClaimFilter} by kind, certainty, document source and claimant entity type. */
@ApplicationScoped
public class FacetRepository {

    /** Values per facet; kinds and entity types are few, sources could be many. */
    public static final int MAX_VALUES = 50;

    /** The facet columns, in the order of {@link #GROUPING}'s bits (the first column is the highest bit). */
    private static final List<String> COLUMNS = List.of("c.kind", "c.certainty", "d.source", "ce.type");
    /**
     * All counts in one pass over the matches: grouping sets give the total (every bit set) and each column's
     * counts (all bits but the column's set); five separate statements read the matches five times.
     */
    private static final String GROUPING = "SELECT grouping(" + String.join(", ", COLUMNS) + "), "
            + String.join(", ", COLUMNS) + ", count(*) FROM claim c JOIN document d ON d.id = c.document_id "
            + "LEFT JOIN entity ce ON ce.id = c.claimant_entity_id";
    private static final String SETS = " GROUP BY GROUPING SETS ((), " + String.join(", ", COLUMNS.stream()
            .map(column -> "(" + column + ")").toList()) + ")";

    private final EntityManager entityManager;

    public FacetRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @SuppressWarnings("unchecked")
    public ClaimFacets facets(ClaimFilter filter) {
        Conditions conditions = ClaimConditions.of(filter);
        List<Object[]> rows = conditions.bind(entityManager.createNativeQuery(GROUPING + conditions.where() + SETS))
                .getResultList();
        List<List<FacetCount>> counts = new ArrayList<>();
        COLUMNS.forEach(column -> counts.add(new ArrayList<>()));
        long total = 0;
        int all = (1 << COLUMNS.size()) - 1;
        for (Object[] row : rows) {
            int grouping = ((Number) row[0]).intValue();
            long count = Rows.longAt(row, COLUMNS.size() + 1);
            if (grouping == all) {
                total = count;
            }
            for (int i = 0; i < COLUMNS.size(); i++) {
                // null values (claims not rated, or without a resolved claimant) are no facet value
                if (grouping == all - (1 << (COLUMNS.size() - 1 - i)) && row[i + 1] != null) {
                    counts.get(i).add(new FacetCount((String) row[i + 1], count));
                }
            }
        }
        counts.forEach(values -> values.sort(Comparator.comparingLong(FacetCount::count).reversed()
                .thenComparing(FacetCount::value)));
        List<List<FacetCount>> top = counts.stream().map(values -> values.stream().limit(MAX_VALUES).toList())
                .toList();
        return new ClaimFacets(total, top.get(0), top.get(1), top.get(2), top.get(3));
    }
}
