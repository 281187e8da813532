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

    /**
     * One trigram scan feeds both answers: the most similar claims with their documents, and (as the row whose
     * first column is 'first') the earliest document among the claim's own and all the similar claims'.
     */
    private static final String SIMILAR_AND_FIRST = "WITH matches AS MATERIALIZED (SELECT c.id, c.content, "
            + "similarity(c.content, :content) AS score, c.document_id FROM claim c WHERE "
            + SearchSql.CLAIM_CONTENT_SIMILAR + " AND c.document_id <> :document), "
            + "best AS (SELECT * FROM matches ORDER BY score DESC, id LIMIT :limit), "
            + "earliest AS (SELECT d.id FROM document d WHERE d.id = :document OR d.id IN (SELECT document_id FROM "
            + "matches) ORDER BY coalesce(d.published_at, d.ingested_at), d.ingested_at, d.id LIMIT 1) "
            + "SELECT 'similar' AS part, b.id AS claim_id, b.content, b.score, " + Rows.DOCUMENT_REF_COLUMNS
            + " FROM best b JOIN document d ON d.id = b.document_id "
            + "UNION ALL SELECT 'first', NULL, NULL, NULL, " + Rows.DOCUMENT_REF_COLUMNS
            + " FROM earliest f JOIN document d ON d.id = f.id ORDER BY 1 DESC, 4 DESC, 2";

    private final EntityManager entityManager;

    public SimilarClaimRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional
    @SuppressWarnings("unchecked")
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
        List<Object[]> rows = entityManager.createNativeQuery(SIMILAR_AND_FIRST)
                .setParameter("content", claim[0])
                .setParameter("document", claim[1])
                .setParameter("limit", MAX_SIMILAR)
                .getResultList();
        List<SimilarClaim> items = rows.stream().filter(r -> "similar".equals(r[0]))
                .map(r -> new SimilarClaim(Rows.longAt(r, 1), (String) r[2], ((Number) r[3]).doubleValue(),
                        Rows.documentRef(r, 4)))
                .toList();
        DocumentRef first = rows.stream().filter(r -> "first".equals(r[0])).findFirst()
                .map(r -> Rows.documentRef(r, 4)).orElseThrow();
        return Optional.of(new SimilarClaims(claimId, threshold, items, first));
    }
}
