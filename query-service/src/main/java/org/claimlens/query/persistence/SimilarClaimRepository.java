package org.claimlens.query.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.claimlens.query.api.DocumentRef;
import org.claimlens.query.api.SimilarClaim;
import org.claimlens.query.api.SimilarClaims;

/**
 * Finds the same assertion repeated or paraphrased in other documents: candidates share at least three of the
 * claim's four rarest words (see {@link DistinctiveWords}; found through the claim full-text index), and of those,
 * the ones whose trigram similarity of content ({@code pg_trgm}) reaches the threshold are the answer. A trigram
 * index alone cannot do this in bounded time: the trigrams every claim has ("the", " in ") make it visit most of
 * the table (9.7 s for one claim at 100,000 documents), and most claims it returns above 0.5 are other assertions
 * built alike ("the coastal debt in Kenya Bay ..." for "the coastal wages in Kenya Bay ...").
 */
@ApplicationScoped
public class SimilarClaimRepository {

    public static final int MAX_SIMILAR = 50;
    /** Candidates compared at most; a claim of only common words could otherwise match thousands. */
    public static final int MAX_CANDIDATES = 2_000;

    /**
     * The claim and its rarest lexemes: least frequent first by the column's statistics (words too rare to be
     * among its most common elements count as rarest, longer ones first).
     */
    static final String ORIGIN = "SELECT c.content, c.document_id, ARRAY(SELECT u.lexeme "
            + "FROM unnest(c.content_tsv) u LEFT JOIN (SELECT unnest(most_common_elems::text::text[]) AS lexeme, "
            + "unnest(most_common_elem_freqs) AS frequency FROM pg_stats WHERE schemaname = current_schema() "
            + "AND tablename = 'claim' AND attname = 'content_tsv') f ON f.lexeme = u.lexeme "
            + "ORDER BY coalesce(f.frequency, 0), length(u.lexeme) DESC, u.lexeme LIMIT " + DistinctiveWords.CONSIDERED
            + ") FROM claim c WHERE c.id = :id";

    /**
     * One candidate scan feeds both answers: the most similar claims with their documents, and (as the row whose
     * first column is 'first') the earliest document among the claim's own and all the similar claims'.
     */
    static final String SIMILAR_AND_FIRST = "WITH candidates AS MATERIALIZED (SELECT c.id, c.content, "
            + "c.document_id FROM claim c WHERE " + SearchSql.CLAIM_CONTENT_VECTOR + " @@ CAST(:words AS tsquery) "
            + "AND c.document_id <> :document LIMIT " + MAX_CANDIDATES + "), "
            + "matched AS MATERIALIZED (SELECT id, content, score, document_id FROM (SELECT id, content, "
            + "similarity(content, :content) AS score, document_id FROM candidates) scored WHERE score >= :threshold), "
            + "best AS (SELECT * FROM matched ORDER BY score DESC, id LIMIT :limit), "
            + "earliest AS (SELECT d.id FROM document d WHERE d.id = ANY (ARRAY(SELECT document_id FROM matched "
            + "UNION SELECT CAST(:document AS uuid))) "
            + "ORDER BY coalesce(d.published_at, d.ingested_at), d.ingested_at, d.id LIMIT 1) "
            + "SELECT 'similar' AS part, b.id AS claim_id, b.content, b.score, " + Rows.DOCUMENT_REF_COLUMNS
            + " FROM best b JOIN document d ON d.id = b.document_id "
            + "UNION ALL SELECT 'first', NULL, NULL, NULL, " + Rows.DOCUMENT_REF_COLUMNS
            + " FROM earliest f JOIN document d ON d.id = f.id ORDER BY 1 DESC, 4 DESC, 2";

    private final EntityManager entityManager;

    public SimilarClaimRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @SuppressWarnings("unchecked")
    public Optional<SimilarClaims> similarTo(long claimId, double threshold) {
        List<Object[]> origin = entityManager.createNativeQuery(ORIGIN).setParameter("id", claimId).getResultList();
        if (origin.isEmpty()) {
            return Optional.empty();
        }
        Object[] claim = origin.get(0);
        List<Object[]> rows = entityManager.createNativeQuery(SIMILAR_AND_FIRST)
                .setParameter("words", DistinctiveWords.query(lexemes(claim[2])))
                .setParameter("content", claim[0])
                .setParameter("document", claim[1])
                .setParameter("threshold", threshold)
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

    private static List<String> lexemes(Object array) {
        return array instanceof String[] words ? List.of(words)
                : Arrays.stream((Object[]) array).map(String.class::cast).toList();
    }
}
