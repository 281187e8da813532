package org.claimlens.query.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.claimlens.query.api.DocumentCounts;
import org.claimlens.query.api.DocumentDetail;
import org.claimlens.query.api.DocumentFilter;
import org.claimlens.query.api.DocumentSummary;
import org.claimlens.query.api.Page;
import org.claimlens.query.api.PageRequest;

/** Reads documents: the newest-first list and one document with its extraction counts. */
@ApplicationScoped
public class DocumentRepository implements PanacheRepositoryBase<Document, UUID> {

    // counts come from correlated subqueries so the document body is never loaded for a list
    private static final String SUMMARY = "select new org.claimlens.query.api.DocumentSummary("
            + "d.id, d.title, d.source, d.author, d.url, d.publishedAt, d.ingestedAt, d.status, d.language, "
            + "(select count(m) from Mention m where m.document = d), "
            + "(select count(c) from Claim c where c.document = d)) from Document d";

    public Page<DocumentSummary> list(DocumentFilter filter, PageRequest page) {
        Conditions conditions = new Conditions()
                .add("d.source = :source", "source", filter.source())
                .add("d.status = :status", "status", filter.status() == null ? null : filter.status().name());
        List<DocumentSummary> items = conditions
                .bind(getEntityManager().createQuery(
                        SUMMARY + conditions.where() + " order by d.ingestedAt desc, d.id", DocumentSummary.class))
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        long total = conditions
                .bind(getEntityManager().createQuery(
                        "select count(d) from Document d" + conditions.where(), Long.class))
                .getSingleResult();
        return page.of(items, total);
    }

    public Optional<DocumentDetail> findDetail(UUID id) {
        return findByIdOptional(id).map(d -> new DocumentDetail(d.getId(), d.getTitle(), d.getSource(),
                d.getAuthor(), d.getUrl(), d.getPublishedAt(), d.getIngestedAt(), d.getAnalysedAt(), d.getStatus(),
                d.getStatusReason(), d.getLanguage(), d.getExtractorVersion(), d.getTokenCount(),
                d.getSentenceCount(), counts(id), d.getBody()));
    }

    public boolean exists(UUID id) {
        return count("id", id) > 0;
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
