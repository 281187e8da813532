package org.claimlens.query.persistence;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.claimlens.query.api.Page;
import org.claimlens.query.api.PageRequest;

/**
 * Chooses the ids of one page of a filtered, sorted list in work that does not grow with the table. First the
 * matching rows are collected through the filter's best index, at most {@link #EXACT_TOTAL_LIMIT} + 1 of them: if
 * that many or fewer match, they are sorted right there and the total is exact. If more match, the filter is
 * common enough that walking the sort order's index finds a page after a few rows, and the total is reported as
 * "at least {@value #EXACT_TOTAL_LIMIT}". Left to itself, PostgreSQL walks the sort order for rare matches too
 * (2.6 s for a two-word claim search at 100,000 documents) or sorts every match of a common word.
 *
 * @param alias       the alias of the listed table in every clause; its key column is {@code id}
 * @param keptColumns what step one keeps of each match ({@code alias.id} and the columns the order needs)
 * @param matchFrom   the tables the conditions read in step one
 * @param sortFrom    the kept matches ({@code matches}, under {@code alias}) and any table the order needs
 * @param walkFrom    the tables the conditions and the order read in step two
 * @param orderBy     the sort order, unique (ending with the id)
 */
record BoundedListing(String alias, String keptColumns, String matchFrom, String sortFrom, String walkFrom,
                      String orderBy) {

    /** Totals are counted exactly up to here; see the class comment. */
    static final int EXACT_TOTAL_LIMIT = 1_000;

    /** One page of items (loaded from the chosen ids by {@code items}) and the total as described above. */
    @SuppressWarnings("unchecked")
    <I, T> Page<T> page(EntityManager em, Conditions conditions, PageRequest page, Function<Object, I> id,
                        Function<List<I>, List<T>> items) {
        List<Object[]> rows = conditions.bind(em.createNativeQuery(boundedSql(conditions.where())))
                .setParameter("offset", page.offset())
                .setParameter("size", page.size())
                .getResultList();
        long matched = ((Number) rows.get(0)[0]).longValue();
        if (matched <= EXACT_TOTAL_LIMIT) {
            List<I> ids = new ArrayList<>();
            rows.stream().filter(row -> row[1] != null).forEach(row -> ids.add(id.apply(row[1])));
            return page.of(items.apply(ids), matched, true);
        }
        List<?> walked = conditions.bind(em.createNativeQuery(walkSql(conditions.where())))
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        return page.of(items.apply(walked.stream().map(id).toList()), EXACT_TOTAL_LIMIT, false);
    }

    /**
     * Step one in one statement: how many matches were kept, and (only when they are all the matches) the page
     * sorted from them; a left join, so that the count arrives even for a page past the end.
     */
    String boundedSql(String where) {
        return "WITH matches AS MATERIALIZED (SELECT " + keptColumns + " FROM " + matchFrom + where + " LIMIT "
                + (EXACT_TOTAL_LIMIT + 1) + "), counted AS (SELECT count(*) AS total FROM matches) "
                + "SELECT counted.total, page.id FROM counted LEFT JOIN LATERAL (SELECT " + alias + ".id AS id, "
                + "row_number() OVER (ORDER BY " + orderBy + ") AS position FROM " + sortFrom
                + " WHERE counted.total <= " + EXACT_TOTAL_LIMIT + " ORDER BY position OFFSET :offset LIMIT :size) "
                + "page ON true ORDER BY page.position";
    }

    /** Step two: the sort order walked with the conditions as a filter. */
    String walkSql(String where) {
        return "SELECT " + alias + ".id FROM " + walkFrom + where + " ORDER BY " + orderBy;
    }
}
