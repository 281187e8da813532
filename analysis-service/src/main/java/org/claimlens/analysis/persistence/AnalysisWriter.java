package org.claimlens.analysis.persistence;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.claimlens.analysis.extraction.Claim;
import org.claimlens.analysis.extraction.ClaimKind;
import org.claimlens.analysis.extraction.Descriptor;
import org.claimlens.analysis.extraction.DocumentAnalysis;
import org.claimlens.analysis.extraction.DocumentEntity;
import org.claimlens.analysis.extraction.Mention;
import org.claimlens.contract.DocumentIngested;

/**
 * The single writer of analysis results. Every method is one transaction that first claims the event id in
 * {@code processed_event}; if another delivery already claimed it, nothing is written.
 */
@ApplicationScoped
public class AnalysisWriter {

    private final CanonicalEntityRepository entities;

    public AnalysisWriter(CanonicalEntityRepository entities) {
        this.entities = entities;
    }

    @Transactional
    public boolean isProcessed(String eventId) {
        return Panache.getEntityManager()
                .createNativeQuery("SELECT 1 FROM processed_event WHERE event_id = :id")
                .setParameter("id", eventId)
                .getResultList().size() == 1;
    }

    /** True when the stored analysis already reflects this content and extractor: re-analysis would change nothing. */
    @Transactional
    public boolean isCurrent(DocumentIngested event, String extractorVersion) {
        StoredDocument doc = StoredDocument.findById(UUID.fromString(event.documentId()));
        return doc != null && doc.status != DocumentStatus.FAILED
                && doc.contentHash.equals(event.contentHash())
                && doc.extractorVersion.equals(extractorVersion);
    }

    /** Records a resend of unchanged content: metadata may have been corrected, results stay. */
    @Transactional
    public boolean writeUnchanged(DocumentIngested event) {
        if (!claimEvent(event)) {
            return false;
        }
        StoredDocument doc = StoredDocument.findById(UUID.fromString(event.documentId()));
        copyMetadata(event, doc);
        return true;
    }

    @Transactional
    public boolean writeAnalysed(DocumentIngested event, DocumentAnalysis analysis, String extractorVersion) {
        if (!claimEvent(event)) {
            return false;
        }
        StoredDocument doc = replaceDocument(event, extractorVersion, DocumentStatus.ANALYSED, null);
        doc.language = analysis.language();
        doc.tokenCount = analysis.tokenCount();
        doc.sentenceCount = analysis.sentenceCount();
        Map<String, Long> entityIds = entities.resolve(entitiesOf(analysis));
        persistMentions(doc.id, analysis.mentions(), entityIds, extractorVersion);
        persistClaims(doc.id, analysis.claims(), entityIds, extractorVersion);
        persistDescriptors(doc.id, analysis.descriptors(), entityIds, extractorVersion);
        return true;
    }

    @Transactional
    public boolean writeNotAnalysed(DocumentIngested event, String language, String reason, String extractorVersion) {
        if (!claimEvent(event)) {
            return false;
        }
        replaceDocument(event, extractorVersion, DocumentStatus.NOT_ANALYSED, reason).language = language;
        return true;
    }

    @Transactional
    public boolean writeFailed(DocumentIngested event, String reason, String extractorVersion) {
        if (!claimEvent(event)) {
            return false;
        }
        replaceDocument(event, extractorVersion, DocumentStatus.FAILED, reason);
        return true;
    }

    private boolean claimEvent(DocumentIngested event) {
        int inserted = Panache.getEntityManager().createNativeQuery("""
                        INSERT INTO processed_event (event_id, document_id, processed_at)
                        VALUES (:event, :doc, now()) ON CONFLICT DO NOTHING""")
                .setParameter("event", event.eventId())
                .setParameter("doc", UUID.fromString(event.documentId()))
                .executeUpdate();
        return inserted == 1;
    }

    /** Inserts or overwrites the document row and removes results of any earlier analysis. */
    private StoredDocument replaceDocument(DocumentIngested event, String extractorVersion, DocumentStatus status,
                                           String reason) {
        UUID id = UUID.fromString(event.documentId());
        StoredMention.delete("documentId", id);
        StoredClaim.delete("documentId", id);
        Panache.getEntityManager().createNativeQuery("DELETE FROM entity_descriptor WHERE document_id = :id")
                .setParameter("id", id).executeUpdate();
        StoredDocument existing = StoredDocument.findById(id);
        StoredDocument doc = existing == null ? new StoredDocument() : existing;
        doc.id = id;
        copyMetadata(event, doc);
        doc.contentHash = event.contentHash();
        doc.body = event.text();
        doc.analysedAt = Instant.now();
        doc.status = status;
        doc.statusReason = reason;
        doc.extractorVersion = extractorVersion;
        doc.language = null;
        doc.tokenCount = null;
        doc.sentenceCount = null;
        if (existing == null) {
            // persisted only once complete: later native queries flush the session
            doc.persist();
        }
        return doc;
    }

    private static void copyMetadata(DocumentIngested event, StoredDocument doc) {
        doc.externalId = event.externalId();
        doc.title = event.title();
        doc.url = event.url();
        doc.source = event.source();
        doc.author = event.author();
        doc.publishedAt = event.publishedAt();
        doc.ingestedAt = event.occurredAt();
        doc.lastEventId = event.eventId();
    }

    /** The analysis' entities plus any a mention names but the entity list lacks, so every mention links. */
    private static List<DocumentEntity> entitiesOf(DocumentAnalysis analysis) {
        List<DocumentEntity> all = new ArrayList<>(analysis.entities());
        Set<String> known = all.stream().map(DocumentEntity::key).collect(Collectors.toSet());
        for (Mention m : analysis.mentions()) {
            if (known.add(m.entityKey())) {
                all.add(new DocumentEntity(m.entityKey(), m.type(), m.text(), List.of(m.text())));
            }
        }
        return all;
    }

    private static void persistMentions(UUID documentId, List<Mention> mentions, Map<String, Long> entityIds,
                                        String extractorVersion) {
        for (Mention m : mentions) {
            StoredMention row = new StoredMention();
            row.documentId = documentId;
            row.entityId = entityIds.get(m.entityKey());
            row.type = m.type().name();
            row.surface = m.text();
            row.startOffset = m.start();
            row.endOffset = m.end();
            row.sentenceIndex = m.sentenceIndex();
            row.extractorVersion = extractorVersion;
            row.persist();
        }
    }

    private static void persistClaims(UUID documentId, List<Claim> claims, Map<String, Long> entityIds,
                                      String extractorVersion) {
        int ordinal = 0;
        for (Claim c : claims) {
            StoredClaim row = new StoredClaim();
            row.documentId = documentId;
            row.ordinal = ordinal++;
            row.kind = c.kind().name();
            row.content = c.content().text();
            row.contentStart = c.content().start();
            row.contentEnd = c.content().end();
            if (c.claimant() != null) {
                row.claimant = c.claimant().text();
                row.claimantStart = c.claimant().start();
                row.claimantEnd = c.claimant().end();
            }
            row.claimantEntityId = c.claimantEntityKey() == null ? null : entityIds.get(c.claimantEntityKey());
            if (c.cue() != null) {
                row.cue = c.cue().text();
                row.cueStart = c.cue().start();
                row.cueEnd = c.cue().end();
            }
            row.sentenceIndex = c.sentenceIndex();
            row.extractorVersion = extractorVersion;
            if (c.claimant() == null && c.kind() == ClaimKind.AUTHOR && !c.chain().isEmpty()) {
                // the author's own voice: the claimant is whoever the article speaks for, named nowhere in its text;
                // a quotation nobody is named for stays without a claimant
                row.claimant = c.chain().get(0).name();
            }
            ClaimDetailsRows.fill(row, c, entityIds);
            row.persist();
        }
    }

    private static void persistDescriptors(UUID documentId, List<Descriptor> descriptors, Map<String, Long> entityIds,
                                           String extractorVersion) {
        for (Descriptor d : descriptors) {
            Long entityId = entityIds.get(d.entityKey());
            if (entityId == null) {
                continue;
            }
            Panache.getEntityManager().createNativeQuery("""
                            INSERT INTO entity_descriptor
                                (entity_id, document_id, descriptor, start_offset, end_offset, extractor_version)
                            VALUES (:entity, :doc, :text, :start, :end, :version) ON CONFLICT DO NOTHING""")
                    .setParameter("entity", entityId)
                    .setParameter("doc", documentId)
                    .setParameter("text", d.span().text())
                    .setParameter("start", d.span().start())
                    .setParameter("end", d.span().end())
                    .setParameter("version", extractorVersion)
                    .executeUpdate();
        }
    }
}
