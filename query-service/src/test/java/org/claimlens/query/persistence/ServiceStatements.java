package org.claimlens.query.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimlens.query.api.ClaimFilter;
import org.claimlens.query.api.DocumentFilter;
import org.claimlens.query.api.DocumentSort;
import org.claimlens.query.api.EntityFilter;
import org.claimlens.query.api.PageRequest;
import org.claimlens.query.api.TimelineQuery;

/**
 * The statements query-service sends for the benchmarked requests, built by the repositories' own code so that the
 * benchmark's raw-SQL side runs the same SQL: named parameters become JDBC placeholders (a collection one per
 * element, as Hibernate expands it) and paging is written as Hibernate writes it for PostgreSQL. The only statements
 * written out here are the two Hibernate generates from JPQL (claim details, document summaries), column for column.
 */
public final class ServiceStatements {

    private static final Pattern NAMED = Pattern.compile("(?<![:\\w]):(\\w+)");

    /** Claim rows as {@code ClaimRepository} loads them for a page: Hibernate's select of the entity and title. */
    private static final String CLAIM_DETAILS = "SELECT c.id, c.certainty, c.certainty_cue, c.certainty_score, "
            + "c.check_worthiness, c.check_worthy, c.claimant, c.claimant_end, ce.id, ce.name, ce.type, "
            + "c.claimant_start, c.content, c.content_end, c.content_start, c.cue, c.cue_end, c.cue_start, "
            + "c.document_id, c.extractor_version, c.kind, c.ordinal, c.sentence_index, d.title FROM claim c "
            + "JOIN document d ON d.id = c.document_id LEFT JOIN entity ce ON ce.id = c.claimant_entity_id "
            + "WHERE c.id IN (:ids)";
    /** Document summaries as {@code DocumentRepository} selects them in JPQL. */
    private static final String DOCUMENT_SUMMARIES = "SELECT d.id, d.title, d.source, d.author, d.url, "
            + "d.published_at, d.ingested_at, d.status, d.language, "
            + "(SELECT count(m.id) FROM mention m WHERE m.document_id = d.id), "
            + "(SELECT count(c.id) FROM claim c WHERE c.document_id = d.id) FROM document d WHERE d.id IN (:ids)";

    /** SQL with {@code ?} placeholders and their values in order. */
    public record Statement(String sql, List<Object> parameters) {
    }

    private ServiceStatements() {
    }

    /** Totals are exact up to here; a listing's first statement reports more than this when more matched. */
    public static int exactTotalLimit() {
        return BoundedListing.EXACT_TOTAL_LIMIT;
    }

    /** GET /entities: the one statement of a page (counts, aliases and total). */
    public static Statement entitySearch(EntityFilter filter, PageRequest page) {
        Conditions conditions = EntityRepository.searchConditions(filter);
        return paged(EntityRepository.searchSql(filter, conditions), conditions.parameters(), page);
    }

    /** GET /claims, first statement: the kept matches' count and, when they are all, the page. */
    public static Statement claimsBounded(ClaimFilter filter, PageRequest page) {
        Conditions conditions = ClaimConditions.of(filter);
        return bounded(ClaimRepository.listing(filter).boundedSql(conditions.where()), conditions, page);
    }

    /** GET /claims, second statement when more than {@link #exactTotalLimit()} matched. */
    public static Statement claimsWalk(ClaimFilter filter, PageRequest page) {
        Conditions conditions = ClaimConditions.of(filter);
        return paged(ClaimRepository.listing(filter).walkSql(conditions.where()), conditions.parameters(), page);
    }

    /** A page of claims loaded from their ids: attribution chains, numbers, entities about, then the claims. */
    public static List<Statement> claimDetails(List<Long> ids) {
        Map<String, Object> values = Map.of("ids", ids);
        return List.of(jdbc(ClaimParts.SOURCES, values), jdbc(ClaimParts.QUANTITIES, values),
                jdbc(ClaimParts.ABOUT, values), jdbc(CLAIM_DETAILS, values));
    }

    /** GET /claims/{id}/similar, first statement: the claim and its rarest lexemes. */
    public static Statement similarOrigin(long claimId) {
        return jdbc(SimilarClaimRepository.ORIGIN, Map.of("id", claimId));
    }

    /** GET /claims/{id}/similar, second statement, for what {@link #similarOrigin} returned. */
    public static Statement similar(String content, Object documentId, List<String> rarestFirst, double threshold) {
        return jdbc(SimilarClaimRepository.SIMILAR_AND_FIRST, Map.of("words", DistinctiveWords.query(rarestFirst),
                "content", content, "document", documentId, "threshold", threshold,
                "limit", SimilarClaimRepository.MAX_SIMILAR));
    }

    /** GET /documents, first statement. */
    public static Statement documentsBounded(DocumentFilter filter, DocumentSort sort, PageRequest page) {
        Conditions conditions = DocumentRepository.conditions(filter);
        return bounded(DocumentRepository.listing(sort).boundedSql(conditions.where()), conditions, page);
    }

    /** GET /documents, second statement when more than {@link #exactTotalLimit()} matched. */
    public static Statement documentsWalk(DocumentFilter filter, DocumentSort sort, PageRequest page) {
        Conditions conditions = DocumentRepository.conditions(filter);
        return paged(DocumentRepository.listing(sort).walkSql(conditions.where()), conditions.parameters(), page);
    }

    public static Statement documentSummaries(List<UUID> ids) {
        return jdbc(DOCUMENT_SUMMARIES, Map.of("ids", ids));
    }

    /** GET /timeline. */
    public static Statement timeline(TimelineQuery query) {
        Conditions conditions = TimelineRepository.conditions(query);
        Map<String, Object> values = new HashMap<>(conditions.parameters());
        if (query.entityId() != null) {
            values.put("entity", query.entityId());
        }
        return jdbc(TimelineRepository.sql(query, conditions), values);
    }

    private static Statement bounded(String sql, Conditions conditions, PageRequest page) {
        Map<String, Object> values = new HashMap<>(conditions.parameters());
        values.put("offset", page.offset());
        values.put("size", page.size());
        return jdbc(sql, values);
    }

    /** As Hibernate pages a native query on PostgreSQL: an offset only past the first page. */
    private static Statement paged(String sql, Map<String, Object> values, PageRequest page) {
        Statement statement = jdbc(sql, values);
        List<Object> parameters = new ArrayList<>(statement.parameters());
        if (page.offset() > 0) {
            parameters.add(page.offset());
            parameters.add(page.size());
            return new Statement(statement.sql() + " offset ? rows fetch first ? rows only", parameters);
        }
        parameters.add(page.size());
        return new Statement(statement.sql() + " fetch first ? rows only", parameters);
    }

    private static Statement jdbc(String sql, Map<String, Object> values) {
        Matcher named = NAMED.matcher(sql);
        StringBuilder out = new StringBuilder();
        List<Object> parameters = new ArrayList<>();
        while (named.find()) {
            if (!values.containsKey(named.group(1))) {
                throw new IllegalArgumentException("no value for :" + named.group(1) + " in " + sql);
            }
            Object value = values.get(named.group(1));
            if (value instanceof Collection<?> many) {
                named.appendReplacement(out, String.join(",", Collections.nCopies(many.size(), "?")));
                parameters.addAll(many);
            } else {
                named.appendReplacement(out, "?");
                parameters.add(value);
            }
        }
        named.appendTail(out);
        return new Statement(out.toString(), parameters);
    }
}
