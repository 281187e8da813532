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
 * handful of others, not with all. Runs inside the writer's transaction; the signature is computed before any lock.
 */
@ApplicationScoped
class NearDuplicateIndex {

    /**
     * The first key of the advisory locks on band buckets (the second is the bucket folded to 32 bits): two documents
     * stored at the same moment that share a bucket are serialised until commit, so the later one sees the earlier
     * one's buckets and links both; documents that share none, nearly all, never wait for each other.
     */
    private static final int BUCKET_LOCKS = 0x4e440000;

    private final DuplicatesConfig config;

    NearDuplicateIndex(DuplicatesConfig config) {
        this.config = config;
    }

    /** Replaces the document's signature, buckets and links with those of {@code text}. */
    void index(UUID documentId, String text) {
        Optional<MinHashSignature> signature = MinHashSignature.of(text);
        signature.ifPresent(s -> lockBuckets(s.bandBuckets()));
        forget(documentId);
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

    /**
     * Band by band: the first key grows with the band, so every transaction takes its locks in the same order and two
     * that share several buckets cannot deadlock.
     */
    private static void lockBuckets(long[] buckets) {
        StringBuilder values = new StringBuilder();
        for (int band = 0; band < buckets.length; band++) {
            values.append(band == 0 ? "" : ", ").append('(').append(BUCKET_LOCKS + band).append(", ")
                    .append((int) (buckets[band] ^ (buckets[band] >>> 32))).append(')');
        }
        // a scan of VALUES takes the locks row by row, in the order written
        em().createNativeQuery("SELECT pg_advisory_xact_lock(k.c, k.o) FROM (VALUES " + values + ") AS k(c, o)")
                .getResultList();
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
