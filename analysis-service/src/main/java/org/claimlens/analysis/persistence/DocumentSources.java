package org.claimlens.analysis.persistence;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.claimlens.contract.DocumentIngested;

/**
 * Decides which document a submission's text belongs to and keeps {@code document_source} in step: one document per
 * distinct text, every submission of that text a source of it. Runs inside the writer's transaction, which holds an
 * advisory lock on the content hash so that two consumers storing the same text at once make one document.
 */
@ApplicationScoped
class DocumentSources {

    /** Takes the transaction-scoped lock on this text: concurrent writers of equal content queue here. */
    void lockContent(String contentHash) {
        em().createNativeQuery("SELECT pg_advisory_xact_lock(hashtextextended(:hash, 6))")
                .setParameter("hash", contentHash).getSingleResult();
    }

    /** The stored document holding this text, if any. */
    StoredDocument byContent(String contentHash) {
        return StoredDocument.find("contentHash", contentHash).firstResult();
    }

    /**
     * The document to write this event's text into: the one with this text already; else the submission's previous
     * document when no other submission shares it (a correction replaces in place); else a new document, under the
     * submission's id when that is free.
     */
    StoredDocument documentFor(DocumentIngested event) {
        lockContent(event.contentHash());
        StoredDocument existing = byContent(event.contentHash());
        if (existing != null) {
            return existing;
        }
        UUID submission = UUID.fromString(event.documentId());
        UUID previous = documentOf(submission);
        if (previous != null && sourceCount(previous) == 1) {
            return StoredDocument.findById(previous);
        }
        StoredDocument created = new StoredDocument();
        created.id = StoredDocument.findById(submission) == null ? submission
                : UUID.nameUUIDFromBytes((submission + ":" + event.contentHash()).getBytes(StandardCharsets.UTF_8));
        return created;
    }

    /**
     * Records the event's submission as a source of {@code document} (which must be persisted), with its metadata
     * and original; deletes the submission's previous document if nothing else holds it; refreshes the document's
     * metadata. Returns true when the submission was not yet a source of this document.
     */
    boolean attach(DocumentIngested event, StoredDocument document) {
        UUID submission = UUID.fromString(event.documentId());
        UUID previous = documentOf(submission);
        if (previous == null) {
            insertSource(event, submission, document.id);
        } else {
            updateSource(event, submission, document.id);
        }
        replaceOriginal(event, submission);
        if (previous != null && !previous.equals(document.id)) {
            if (sourceCount(previous) == 0) {
                em().createNativeQuery("DELETE FROM document WHERE id = :id").setParameter("id", previous)
                        .executeUpdate();
            } else {
                refreshMetadata(StoredDocument.findById(previous));
            }
        }
        refreshMetadata(document);
        document.ingestedAt = event.occurredAt();
        document.lastEventId = event.eventId();
        return !document.id.equals(previous);
    }

    private void insertSource(DocumentIngested event, UUID submission, UUID documentId) {
        bindSource(em().createNativeQuery("""
                INSERT INTO document_source (submission_id, document_id, external_id, title, url, source, author,
                    published_at, first_seen_at, last_seen_at, last_event_id)
                VALUES (:submission, :document, :externalId, :title, :url, :source, :author, :publishedAt,
                    :seen, :seen, :event)"""), event, submission, documentId).executeUpdate();
    }

    private void updateSource(DocumentIngested event, UUID submission, UUID documentId) {
        bindSource(em().createNativeQuery("""
                UPDATE document_source SET document_id = :document, external_id = :externalId, title = :title,
                    url = :url, source = :source, author = :author, published_at = :publishedAt,
                    last_seen_at = :seen, last_event_id = :event
                WHERE submission_id = :submission"""), event, submission, documentId).executeUpdate();
    }

    private static Query bindSource(Query query, DocumentIngested event, UUID submission, UUID documentId) {
        return query.setParameter("submission", submission).setParameter("document", documentId)
                .setParameter("externalId", event.externalId()).setParameter("title", event.title())
                .setParameter("url", event.url()).setParameter("source", event.source())
                .setParameter("author", event.author()).setParameter("publishedAt", event.publishedAt())
                .setParameter("seen", event.occurredAt()).setParameter("event", event.eventId());
    }

    /** An original belongs to the text it was sent with: a resend without one drops the stale page. */
    private void replaceOriginal(DocumentIngested event, UUID submission) {
        em().createNativeQuery("DELETE FROM source_original WHERE submission_id = :submission")
                .setParameter("submission", submission).executeUpdate();
        if (event.original() != null) {
            em().createNativeQuery("""
                            INSERT INTO source_original (submission_id, media_type, content)
                            VALUES (:submission, :type, :content)""")
                    .setParameter("submission", submission)
                    .setParameter("type", event.originalMediaType() == null ? "text/html" : event.originalMediaType())
                    .setParameter("content", event.original())
                    .executeUpdate();
        }
    }

    /** Each field from the earliest source that has it; the document shows its first publisher's metadata. */
    @SuppressWarnings("unchecked")
    private void refreshMetadata(StoredDocument document) {
        List<Object[]> sources = em().createNativeQuery("""
                        SELECT external_id, title, url, source, author, published_at FROM document_source
                        WHERE document_id = :document ORDER BY first_seen_at, submission_id""")
                .setParameter("document", document.id).getResultList();
        document.externalId = first(sources, 0);
        document.title = first(sources, 1);
        document.url = first(sources, 2);
        document.source = first(sources, 3);
        document.author = first(sources, 4);
        document.publishedAt = sources.stream().map(row -> row[5]).filter(value -> value != null)
                .map(DocumentSources::instant).findFirst().orElse(null);
    }

    private static String first(List<Object[]> rows, int column) {
        return rows.stream().map(row -> (String) row[column]).filter(value -> value != null).findFirst().orElse(null);
    }

    /** A timestamp column as the driver returns it in a native query. */
    static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        return value instanceof Timestamp timestamp ? timestamp.toInstant() : ((OffsetDateTime) value).toInstant();
    }

    private UUID documentOf(UUID submission) {
        List<?> rows = em().createNativeQuery("SELECT document_id FROM document_source WHERE submission_id = :s")
                .setParameter("s", submission).getResultList();
        return rows.isEmpty() ? null : (UUID) rows.get(0);
    }

    private long sourceCount(UUID document) {
        return ((Number) em().createNativeQuery("SELECT count(*) FROM document_source WHERE document_id = :d")
                .setParameter("d", document).getSingleResult()).longValue();
    }

    private static EntityManager em() {
        return Panache.getEntityManager();
    }
}
