package org.claimlens.analysis.persistence;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.claimlens.contract.DocumentIngested;

/**
 * Finds the stored documents an operator wants re-run and rebuilds their {@link DocumentIngested} events from what
 * was stored (text and metadata), each under a new event id so that {@code processed_event} does not skip it.
 */
@ApplicationScoped
public class ReprocessSelection {

    /** A document to re-run, and the event its current analysis comes from. */
    public record Selected(UUID documentId, String lastEventId) {
    }

    /** The event that re-runs a document, and the event the stored analysis must still come from when it runs. */
    public record Reprocess(DocumentIngested event, String reprocessOf) {
    }

    @Transactional
    public String lastEventId(String documentId) {
        StoredDocument doc = StoredDocument.findById(UUID.fromString(documentId));
        return doc == null ? null : doc.lastEventId;
    }

    /** At most {@code limit} matching documents, least recently analysed first. */
    @Transactional
    public List<Selected> select(ReprocessCriteria criteria, int limit) {
        StringBuilder sql = new StringBuilder("SELECT id, last_event_id FROM document WHERE true");
        Map<String, Object> params = new HashMap<>();
        if (criteria.documentId() != null) {
            sql.append(" AND id = :id");
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
        Query query = Panache.getEntityManager().createNativeQuery(sql.toString());
        params.forEach(query::setParameter);
        List<Selected> selected = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            selected.add(new Selected((UUID) columns[0], (String) columns[1]));
        }
        return selected;
    }

    /** Events for the given documents, from their stored text and metadata, keeping their ingestion time. */
    @Transactional
    public List<Reprocess> events(List<Selected> documents) {
        Map<UUID, String> expected = new HashMap<>();
        documents.forEach(d -> expected.put(d.documentId(), d.lastEventId()));
        List<StoredDocument> stored = StoredDocument.list("id in ?1", new ArrayList<>(expected.keySet()));
        List<Reprocess> events = new ArrayList<>();
        for (StoredDocument doc : stored) {
            DocumentIngested event = new DocumentIngested(UUID.randomUUID().toString(), DocumentIngested.SCHEMA_VERSION,
                    doc.ingestedAt, doc.id.toString(), doc.contentHash.strip(), doc.externalId, doc.title, doc.url,
                    doc.source, doc.author, doc.publishedAt, doc.body);
            events.add(new Reprocess(event, expected.get(doc.id)));
        }
        return events;
    }
}
