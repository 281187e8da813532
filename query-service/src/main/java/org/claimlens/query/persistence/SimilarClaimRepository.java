package org.claimlens.query.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.claimlens.query.api.DocumentRef;
import org.claimlens.query.api.SimilarClaim;
import org.claimlens.query.api.SimilarClaims;

/**
 * Finds the same assertion repeated or paraphrased in other documents by trigram similarity of claim content
 * ({@code pg_trgm}). The {@code %} operator uses the GIN trigram index with the session's threshold, which is
 * set for the current transaction only.
 */
@ApplicationScoped
public class SimilarClaimRepository {

    public static final int MAX_SIMILAR = 50;

    private static final String SIMILAR = " FROM claim c JOIN document d ON d.id = c.document_id WHERE "
            + SearchSql.CLAIM_CONTENT_SIMILAR + " AND c.document_id <> :document";

    private final EntityManager entityManager;

    public SimilarClaimRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional
    public Optional<SimilarClaims> similarTo(long claimId, double threshold) {
        List<?> origin = entityManager.createNativeQuery("SELECT content, document_id FROM claim WHERE id = :id")
                .setParameter("id", claimId)
                .getResultList();
        if (origin.isEmpty()) {
            return Optional.empty();
        }
        Object[] claim = (Object[]) origin.get(0);
        entityManager.createNativeQuery("SELECT set_config('pg_trgm.similarity_threshold', :t, true)")
                .setParameter("t", Double.toString(threshold))
                .getSingleResult();
        List<SimilarClaim> items = similar(claim[0], claim[1]);
        return Optional.of(new SimilarClaims(claimId, threshold, items, firstCarrier(claim[0], claim[1])));
    }

    @SuppressWarnings("unchecked")
    private List<SimilarClaim> similar(Object content, Object documentId) {
        List<Object[]> rows = entityManager.createNativeQuery("SELECT c.id, c.content, similarity(c.content, "
                        + ":content), " + Rows.DOCUMENT_REF_COLUMNS + SIMILAR + " ORDER BY 3 DESC, c.id LIMIT :limit")
                .setParameter("content", content)
                .setParameter("document", documentId)
                .setParameter("limit", MAX_SIMILAR)
                .getResultList();
        return rows.stream().map(r -> new SimilarClaim(Rows.longAt(r, 0), (String) r[1],
                ((Number) r[2]).doubleValue(), Rows.documentRef(r, 3))).toList();
    }

    /** Earliest by publication time, else ingestion time, among the claim's document and the similar claims'. */
    @SuppressWarnings("unchecked")
    private DocumentRef firstCarrier(Object content, Object documentId) {
        List<Object[]> rows = entityManager.createNativeQuery("SELECT " + Rows.DOCUMENT_REF_COLUMNS
                        + " FROM document d WHERE d.id = :document OR d.id IN (SELECT c.document_id" + SIMILAR + ")"
                        + " ORDER BY coalesce(d.published_at, d.ingested_at), d.ingested_at, d.id LIMIT 1")
                .setParameter("content", content)
                .setParameter("document", documentId)
                .getResultList();
        return Rows.documentRef(rows.get(0), 0);
    }
}
