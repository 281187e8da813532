package org.claimlens.query.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
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

    private static final String ENTITY_DOCUMENT = "(EXISTS (SELECT 1 FROM mention m WHERE m.document_id = d.id "
            + "AND m.entity_id = :entity) OR EXISTS (SELECT 1 FROM claim c WHERE c.document_id = d.id "
            + "AND c.claimant_entity_id = :entity))";

    private final EntityManager entityManager;

    public TimelineRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @SuppressWarnings("unchecked")
    public Timeline timeline(TimelineQuery query) {
        boolean byEntity = query.entityId() != null;
        Conditions conditions = new Conditions()
                .add(ENTITY_DOCUMENT, "entity", query.entityId())
                .matches(SearchSql.DOCUMENT_TEXT_VECTOR, "q", query.text())
                .add(ClaimConditions.DOCUMENT_TIME + " >= :from", "from", query.from())
                .add(ClaimConditions.DOCUMENT_TIME + " < :to", "to", query.to());
        String claims = byEntity ? SearchSql.CLAIM_BY_OR_ABOUT_ENTITY
                : SearchSql.CLAIM_CONTENT_VECTOR + " @@ " + FullTextQuery.of(query.text()).sql("q");
        String mentions = byEntity ? " AND m.entity_id = :entity" : "";
        // the unit comes from an enum, never from the request text
        String unit = query.interval().name().toLowerCase(Locale.ROOT);
        List<Object[]> rows = conditions.bind(entityManager.createNativeQuery("WITH docs AS (SELECT d.id, "
                        + "date_trunc('" + unit + "', " + ClaimConditions.DOCUMENT_TIME + " AT TIME ZONE 'UTC')::date "
                        + "AS bucket FROM document d" + conditions.where() + ") "
                        + "SELECT docs.bucket, count(*), "
                        + "sum((SELECT count(*) FROM claim c WHERE c.document_id = docs.id AND " + claims + ")), "
                        + "sum((SELECT count(*) FROM mention m WHERE m.document_id = docs.id" + mentions + ")) "
                        + "FROM docs GROUP BY docs.bucket ORDER BY docs.bucket DESC LIMIT " + (MAX_BUCKETS + 1)))
                .getResultList();
        List<TimelineBucket> buckets = new ArrayList<>(rows.stream().limit(MAX_BUCKETS)
                .map(r -> new TimelineBucket(Rows.localDateAt(r, 0), Rows.longAt(r, 1), Rows.longAt(r, 2),
                        Rows.longAt(r, 3)))
                .toList());
        Collections.reverse(buckets);
        return new Timeline(unit, query.entityId(), query.text(), buckets, rows.size() > MAX_BUCKETS);
    }
}
