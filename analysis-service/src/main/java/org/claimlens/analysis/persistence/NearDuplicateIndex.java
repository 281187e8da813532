package org.claimlens.analysis.persistence;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.claimlens.analysis.config.DuplicatesConfig;
import org.claimlens.analysis.similarity.MinHashSignature;

/**
 * Keeps each document's MinHash signature and band buckets, and links it to the stored documents whose signature is
 * similar enough. Candidates come from shared buckets (an index lookup), so storing a document compares it with a
 * handful of others, not with all. Runs inside the writer's transaction.
 */
@ApplicationScoped
class NearDuplicateIndex {

    /**
     * Serialises indexing across consumers until commit; without it two near-duplicates stored at the same moment
     * would each miss the other's uncommitted buckets. Held only for the short tail of a write.
     */
    private static final long INDEX_LOCK = 0x436c61696d4c656eL;

    private final DuplicatesConfig config;

    NearDuplicateIndex(DuplicatesConfig config) {
        this.config = config;
    }

    /** Replaces the document's signature, buckets and links with those of {@code text}. */
    void index(UUID documentId, String text) {
        em().createNativeQuery("SELECT pg_advisory_xact_lock(:lock)").setParameter("lock", INDEX_LOCK).getSingleResult();
        forget(documentId);
        Optional<MinHashSignature> signature = MinHashSignature.of(text);
        if (signature.isEmpty()) {
            return;
        }
        em().createNativeQuery("INSERT INTO document_fingerprint (document_id, signature) VALUES (:id, :signature)")
                .setParameter("id", documentId).setParameter("signature", signature.get().toBytes()).executeUpdate();
        // bands and buckets are numbers computed here, so they go into the SQL as literals
        long[] buckets = signature.get().bandBuckets();
        StringBuilder rows = new StringBuilder();
        StringBuilder shared = new StringBuilder();
        for (int band = 0; band < buckets.length; band++) {
            String separator = band == 0 ? "" : ", ";
            rows.append(separator).append('(').append(band).append(", ").append(buckets[band]).append(", :id)");
            shared.append(band == 0 ? "" : " OR ").append("(b.band = ").append(band).append(" AND b.bucket = ")
                    .append(buckets[band]).append(')');
        }
        em().createNativeQuery("INSERT INTO document_band (band, bucket, document_id) VALUES " + rows)
                .setParameter("id", documentId).executeUpdate();
        link(documentId, signature.get(), shared.toString());
    }

    @SuppressWarnings("unchecked")
    private void link(UUID documentId, MinHashSignature signature, String sharedBucket) {
        List<Object[]> candidates = em().createNativeQuery("SELECT f.document_id, f.signature FROM document_fingerprint f "
                        + "WHERE f.document_id <> :id AND f.document_id IN (SELECT b.document_id FROM document_band b "
                        + "WHERE " + sharedBucket + ")")
                .setParameter("id", documentId).getResultList();
        for (Object[] candidate : candidates) {
            double similarity = signature.similarity(MinHashSignature.fromBytes((byte[]) candidate[1]));
            if (similarity >= config.nearThreshold()) {
                UUID other = (UUID) candidate[0];
                insertLink(documentId, other, similarity);
                insertLink(other, documentId, similarity);
            }
        }
    }

    private void insertLink(UUID from, UUID to, double similarity) {
        em().createNativeQuery("""
                        INSERT INTO document_near_duplicate (document_id, similar_id, similarity)
                        VALUES (:from, :to, :similarity) ON CONFLICT (document_id, similar_id)
                        DO UPDATE SET similarity = EXCLUDED.similarity""")
                .setParameter("from", from).setParameter("to", to).setParameter("similarity", similarity)
                .executeUpdate();
    }

    private void forget(UUID documentId) {
        for (String sql : new String[] {"DELETE FROM document_fingerprint WHERE document_id = :id",
                "DELETE FROM document_band WHERE document_id = :id",
                "DELETE FROM document_near_duplicate WHERE document_id = :id OR similar_id = :id"}) {
            em().createNativeQuery(sql).setParameter("id", documentId).executeUpdate();
        }
    }

    private static EntityManager em() {
        return Panache.getEntityManager();
    }
}
