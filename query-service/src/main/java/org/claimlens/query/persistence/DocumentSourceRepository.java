package org.claimlens.query.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.claimlens.query.api.DocumentSource;
import org.claimlens.query.api.NearDuplicate;

/**
 * Reads where a document's text came from (its sources and their original pages) and which documents nearly repeat
 * it; also maps the id ingest-service answered for a submission to the document that holds its text.
 */
@ApplicationScoped
public class DocumentSourceRepository {

    /** Near-duplicates listed with a document: the most similar ones, enough for any real cluster. */
    static final int MAX_NEAR_DUPLICATES = 50;

    private final EntityManager em;

    public DocumentSourceRepository(EntityManager em) {
        this.em = em;
    }

    /** A page a source sent, with its media type. */
    public record Original(String mediaType, String content) {
    }

    /** The document with this id, or else the document holding the text of the submission with this id. */
    public Optional<UUID> resolve(UUID id) {
        List<?> rows = em.createNativeQuery("SELECT id FROM document WHERE id = :id "
                        + "UNION ALL SELECT document_id FROM document_source WHERE submission_id = :id LIMIT 1")
                .setParameter("id", id).getResultList();
        return rows.stream().map(UUID.class::cast).findFirst();
    }

    @SuppressWarnings("unchecked")
    public List<DocumentSource> sources(UUID documentId, String originalUrlBase) {
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT s.submission_id, s.external_id, s.url, s.source, s.title, s.author, s.published_at,
                               s.first_seen_at, s.last_seen_at, o.submission_id IS NOT NULL
                        FROM document_source s LEFT JOIN source_original o ON o.submission_id = s.submission_id
                        WHERE s.document_id = :id ORDER BY s.first_seen_at, s.submission_id""")
                .setParameter("id", documentId).getResultList();
        return rows.stream().map(r -> new DocumentSource((UUID) r[0], (String) r[1], (String) r[2], (String) r[3],
                (String) r[4], (String) r[5], Rows.instantAt(r, 6), Rows.instantAt(r, 7), Rows.instantAt(r, 8),
                Boolean.TRUE.equals(r[9]) ? originalUrlBase + "?source=" + r[0] : null)).toList();
    }

    @SuppressWarnings("unchecked")
    public List<NearDuplicate> nearDuplicates(UUID documentId) {
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT d.id, d.title, d.source, n.similarity FROM document_near_duplicate n
                        JOIN document d ON d.id = n.similar_id
                        WHERE n.document_id = :id ORDER BY n.similarity DESC, d.id""")
                .setParameter("id", documentId).setMaxResults(MAX_NEAR_DUPLICATES).getResultList();
        return rows.stream().map(r -> new NearDuplicate((UUID) r[0], (String) r[1], (String) r[2],
                ((Number) r[3]).doubleValue())).toList();
    }

    /** The original page of the given source of the document, or of its earliest source that has one. */
    @SuppressWarnings("unchecked")
    public Optional<Original> original(UUID documentId, UUID submissionId) {
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT o.media_type, o.content FROM source_original o
                        JOIN document_source s ON s.submission_id = o.submission_id
                        WHERE s.document_id = :id AND (CAST(:submission AS uuid) IS NULL OR s.submission_id = :submission)
                        ORDER BY s.first_seen_at, s.submission_id LIMIT 1""")
                .setParameter("id", documentId).setParameter("submission", submissionId).getResultList();
        return rows.stream().map(r -> new Original((String) r[0], (String) r[1])).findFirst();
    }
}
