package org.claimlens.query.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.claimlens.query.api.Timeline;
import org.claimlens.query.api.TimelineBucket;
import org.claimlens.query.api.TimelineQuery;

/**
 * Counts per day or week for an entity (documents naming it or with a claim by it, claims by or about it, its
 * mentions) or for words (documents matching them, their claims matching them, all their mentions).
 */
@ApplicationScoped
public class TimelineRepository {

    /** A year of days, or seven years of weeks. */
    public static final int MAX_BUCKETS = 366;

    /**
     * An entity's documents (naming it, or with a claim by it) with their counts of its mentions and of claims by
     * or about it: one pass over its rows in mention and claim, read from indexes alone (claims about it reach
     * their document through claim_id_document_idx). The rows are joined to their documents before they are
     * grouped by document, so that PostgreSQL sees how many there are (it guesses 200 groups of a union) and joins
     * a popular entity's tens of thousands by hash instead of one index lookup each. Placeholders: the bucket
     * expression, the conditions on {@code d}.
     */
    private static final String ENTITY_DOCUMENTS = "WITH hits AS ("
            + "SELECT m.document_id, 1 AS mentions, 0 AS claims, true AS names FROM mention m "
            + "WHERE m.entity_id = :entity "
            + "UNION ALL SELECT c.document_id, 0, 1, true FROM claim c WHERE c.claimant_entity_id = :entity "
            + "UNION ALL SELECT c.document_id, 0, 1, false FROM claim_entity ce JOIN claim c ON c.id = ce.claim_id "
            + "WHERE ce.entity_id = :entity AND c.claimant_entity_id IS DISTINCT FROM :entity), "
            + "per_document AS (SELECT %s AS bucket, sum(h.claims) AS claims, sum(h.mentions) AS mentions "
            + "FROM hits h JOIN document d ON d.id = h.document_id%s GROUP BY d.id HAVING bool_or(h.names)) "
            + "SELECT bucket, count(*), sum(claims), sum(mentions) FROM per_document";
    /**
     * Documents matching words, their claims matching them and all their mentions. Placeholders: the bucket
     * expression, the text search query, the conditions on {@code d}.
     */
    private static final String TEXT_DOCUMENTS = "SELECT %s AS bucket, count(*), "
            + "sum((SELECT count(*) FROM claim c WHERE c.document_id = d.id AND " + SearchSql.CLAIM_CONTENT_VECTOR
            + " @@ %s)), sum((SELECT count(*) FROM mention m WHERE m.document_id = d.id)) FROM document d%s";

    private final EntityManager entityManager;

    public TimelineRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @SuppressWarnings("unchecked")
    public Timeline timeline(TimelineQuery query) {
        Conditions conditions = conditions(query);
        Query statement = conditions.bind(entityManager.createNativeQuery(sql(query, conditions)));
        if (query.entityId() != null) {
            statement.setParameter("entity", query.entityId());
        }
        String unit = unit(query);
        List<Object[]> rows = statement.getResultList();
        List<TimelineBucket> buckets = new ArrayList<>(rows.stream().limit(MAX_BUCKETS)
                .map(r -> new TimelineBucket(Rows.localDateAt(r, 0), Rows.longAt(r, 1), Rows.longAt(r, 2),
                        Rows.longAt(r, 3)))
                .toList());
        Collections.reverse(buckets);
        return new Timeline(unit, query.entityId(), query.text(), buckets, rows.size() > MAX_BUCKETS);
    }

    /** The bounds and (for words) the document match; an entity comes in as {@code :entity} separately. */
    static Conditions conditions(TimelineQuery query) {
        return new Conditions()
                .matches(SearchSql.DOCUMENT_TEXT_VECTOR, "q", query.text())
                .add(ClaimConditions.DOCUMENT_TIME + " >= :from", "from", query.from())
                .add(ClaimConditions.DOCUMENT_TIME + " < :to", "to", query.to());
    }

    static String sql(TimelineQuery query, Conditions conditions) {
        String bucket = "date_trunc('" + unit(query) + "', " + ClaimConditions.DOCUMENT_TIME
                + " AT TIME ZONE 'UTC')::date";
        String select = query.entityId() != null ? String.format(ENTITY_DOCUMENTS, bucket, conditions.where())
                : String.format(TEXT_DOCUMENTS, bucket, FullTextQuery.of(query.text()).sql("q"), conditions.where());
        return select + " GROUP BY 1 ORDER BY 1 DESC LIMIT " + (MAX_BUCKETS + 1);
    }

    /** From an enum, never from the request text: it goes into the SQL. */
    private static String unit(TimelineQuery query) {
        return query.interval().name().toLowerCase(Locale.ROOT);
    }
}
