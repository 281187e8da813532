package org.claimlens.analysis.persistence;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.claimlens.contract.DocumentIngested;

/**
 * Finds the stored documents an operator wants re-run and rebuilds, for each, the {@link DocumentIngested} event of
 * the submission its current analysis came from: that submission's metadata and original page with the document's
 * text, under a new event id so that {@code processed_event} does not skip it. Filed like that submission again, a
 * re-run leaves the document's other sources as they are.
 */
@ApplicationScoped
public class ReprocessSelection {

    /** The event that re-runs a document, and the event its submission must still be at when the re-run is applied. */
    public record Reprocess(DocumentIngested event, String reprocessOf) {
    }

    /** The last event applied for this submission (the id ingest-service answered), or null for an unknown one. */
    @Transactional
    public String lastEventOfSubmission(String submissionId) {
        List<?> rows = em().createNativeQuery("SELECT last_event_id FROM document_source WHERE submission_id = :s")
                .setParameter("s", UUID.fromString(submissionId)).getResultList();
        return rows.isEmpty() ? null : (String) rows.get(0);
    }

    /**
     * Ids of at most {@code limit} matching documents, least recently analysed first. A document id in the criteria
     * may also be a submission id: it selects the document holding that submission's text.
     */
    @Transactional
    public List<UUID> select(ReprocessCriteria criteria, int limit) {
        StringBuilder sql = new StringBuilder("SELECT id FROM document WHERE true");
        Map<String, Object> params = new HashMap<>();
        if (criteria.documentId() != null) {
            sql.append(" AND (id = :id OR id = (SELECT document_id FROM document_source WHERE submission_id = :id))");
            params.put("id", criteria.documentId());
        }
        if (criteria.analysedFrom() != null) {
            sql.append(" AND analysed_at >= :from");
            params.put("from", criteria.analysedFrom());
        }
        if (criteria.analysedTo() != null) {
            sql.append(" AND analysed_at < :to");
            params.put("to", criteria.analysedTo());
        }
        if (criteria.olderThan() != null) {
            // an unknown CoreNLP version sorts first; so do stored versions in no known format
            sql.append(" AND (coalesce(substring(extractor_version from 'claimlens-([0-9]+)$')::int, -1),")
                    .append(" coalesce(string_to_array(substring(extractor_version from '^corenlp-([0-9.]+)\\+'),")
                    .append(" '.')::int[], '{}')) < (:rules, string_to_array(:corenlp, '.')::int[])");
            params.put("rules", criteria.olderThan().rules());
            params.put("corenlp", criteria.olderThan().corenlp());
        }
        if (criteria.status() != null) {
            sql.append(" AND status = :status");
            params.put("status", criteria.status().name());
        }
        sql.append(" ORDER BY analysed_at, id LIMIT :limit");
        params.put("limit", limit);
        Query query = em().createNativeQuery(sql.toString());
        params.forEach(query::setParameter);
        List<UUID> selected = new ArrayList<>();
        for (Object id : query.getResultList()) {
            selected.add((UUID) id);
        }
        return selected;
    }

    /** One re-run per document that is still stored, each keeping the time its submission was last seen. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<Reprocess> events(List<UUID> documents) {
        List<Reprocess> events = new ArrayList<>();
        List<StoredDocument> stored = StoredDocument.list("id in ?1", documents);
        for (StoredDocument doc : stored) {
            List<Object[]> sources = em().createNativeQuery("""
                            SELECT s.submission_id, s.external_id, s.title, s.url, s.source, s.author, s.published_at,
                                   s.last_seen_at, s.last_event_id, o.media_type, o.content
                            FROM document_source s LEFT JOIN source_original o ON o.submission_id = s.submission_id
                            WHERE s.document_id = :document
                            ORDER BY s.last_event_id = :lastEvent DESC, s.last_seen_at DESC LIMIT 1""")
                    .setParameter("document", doc.id).setParameter("lastEvent", doc.lastEventId).getResultList();
            if (sources.isEmpty()) {
                continue; // its last source moved away since it was selected: nothing left to re-run
            }
            Object[] source = sources.get(0);
            events.add(new Reprocess(eventOf(doc, source), (String) source[8]));
        }
        return events;
    }

    /** The submission's event again: its id, metadata and original, the document's text, a new event id. */
    private static DocumentIngested eventOf(StoredDocument doc, Object[] source) {
        Instant lastSeen = DocumentSources.instant(source[7]);
        Instant publishedAt = source[6] == null ? null : DocumentSources.instant(source[6]);
        return new DocumentIngested(UUID.randomUUID().toString(), DocumentIngested.SCHEMA_VERSION, lastSeen,
                source[0].toString(), doc.contentHash.strip(), (String) source[1], (String) source[2],
                (String) source[3], (String) source[4], (String) source[5], publishedAt, doc.body, (String) source[9],
                (String) source[10]);
    }

    private static EntityManager em() {
        return Panache.getEntityManager();
    }
}
