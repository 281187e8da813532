package org.claimlens.query.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.claimlens.query.api.DocumentCounts;
import org.claimlens.query.api.DocumentDetail;
import org.claimlens.query.api.DocumentFilter;
import org.claimlens.query.api.DocumentSort;
import org.claimlens.query.api.DocumentSummary;
import org.claimlens.query.api.Page;
import org.claimlens.query.api.PageRequest;

/** Reads documents: the filtered, sorted list and one document with its extraction counts. */
@ApplicationScoped
public class DocumentRepository implements PanacheRepositoryBase<Document, UUID> {

    // counts come from correlated subqueries so the document body is never loaded for a list
    private static final String SUMMARY = "select new org.claimlens.query.api.DocumentSummary("
            + "d.id, d.title, d.source, d.author, d.url, d.publishedAt, d.ingestedAt, d.status, d.language, "
            + "(select count(m) from Mention m where m.document = d), "
            + "(select count(c) from Claim c where c.document = d)) from Document d where d.id in :ids";

    /**
     * Ids are chosen in native SQL (full text, index-friendly order), then summarised in JPQL. The total is exact up
     * to {@link BoundedListing#EXACT_TOTAL_LIMIT} documents (see there).
     */
    public Page<DocumentSummary> list(DocumentFilter filter, DocumentSort sort, PageRequest page) {
        return listing(sort).page(getEntityManager(), conditions(filter), page, UUID.class::cast, this::summaries);
    }

    static BoundedListing listing(DocumentSort sort) {
        return new BoundedListing("d", "d.id, " + sortColumn(sort), "document d", "matches d", "document d",
                orderBy(sort));
    }

    /** @param originalUrl where the document's original pages are served, for the links in its sources */
    public Optional<DocumentDetail> findDetail(UUID id, DocumentSourceRepository sources, String originalUrl) {
        return findByIdOptional(id).map(d -> new DocumentDetail(d.getId(), d.getTitle(), d.getSource(),
                d.getAuthor(), d.getUrl(), d.getPublishedAt(), d.getIngestedAt(), d.getAnalysedAt(), d.getStatus(),
                d.getStatusReason(), d.getLanguage(), d.getExtractorVersion(), d.getTokenCount(),
                d.getSentenceCount(), counts(id), d.getBody(), sources.sources(id, originalUrl),
                sources.nearDuplicates(id)));
    }

    static Conditions conditions(DocumentFilter filter) {
        return new Conditions()
                .add("d.source = :source", "source", filter.source())
                .add("d.author = :author", "author", filter.author())
                .add("d.language = :language", "language", filter.language())
                .add("d.status = :status", "status", filter.status() == null ? null : filter.status().name())
                .add("d.published_at >= :publishedFrom", "publishedFrom", filter.publishedFrom())
                .add("d.published_at < :publishedTo", "publishedTo", filter.publishedTo())
                .add("d.ingested_at >= :ingestedFrom", "ingestedFrom", filter.ingestedFrom())
                .add("d.ingested_at < :ingestedTo", "ingestedTo", filter.ingestedTo())
                .matches(SearchSql.DOCUMENT_TEXT_VECTOR, "q", filter.text());
    }

    /** The column a sort reads; kept alone with the id, it lets the source and time indexes answer by themselves. */
    private static String sortColumn(DocumentSort sort) {
        return switch (sort.field()) {
            case INGESTED_AT -> "d.ingested_at";
            case PUBLISHED_AT -> "d.published_at";
            case TITLE -> "d.title";
        };
    }

    /** Nullable columns put their nulls last either way; the id breaks ties so pages are stable. */
    private static String orderBy(DocumentSort sort) {
        String direction = sort.descending() ? " DESC" : " ASC";
        return switch (sort.field()) {
            case INGESTED_AT -> "d.ingested_at" + direction + ", d.id";
            case PUBLISHED_AT -> "d.published_at" + direction + " NULLS LAST, d.id";
            case TITLE -> "lower(d.title)" + direction + " NULLS LAST, d.id";
        };
    }

    private List<DocumentSummary> summaries(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, DocumentSummary> byId = getEntityManager().createQuery(SUMMARY, DocumentSummary.class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(DocumentSummary::id, Function.identity()));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    private DocumentCounts counts(UUID id) {
        Object[] mentions = getEntityManager()
                .createQuery("select count(m), count(distinct m.entity.id) from Mention m where m.document.id = :id",
                        Object[].class)
                .setParameter("id", id)
                .getSingleResult();
        long claims = getEntityManager()
                .createQuery("select count(c) from Claim c where c.document.id = :id", Long.class)
                .setParameter("id", id)
                .getSingleResult();
        return new DocumentCounts((Long) mentions[0], (Long) mentions[1], claims);
    }
}
