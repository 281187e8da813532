package org.claimlens.analysis.persistence;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.claimlens.analysis.extraction.Claim;
import org.claimlens.analysis.extraction.ClaimKind;
import org.claimlens.analysis.extraction.Descriptor;
import org.claimlens.analysis.extraction.DocumentAnalysis;
import org.claimlens.analysis.extraction.DocumentEntity;
import org.claimlens.analysis.extraction.Mention;
import org.claimlens.analysis.extraction.TimeReference;
import org.claimlens.contract.DocumentIngested;

/**
 * The single writer of analysis results. Every method is one transaction that first claims the event id in
 * {@code processed_event}; if another delivery already claimed it, nothing is written. Texts are stored once:
 * a submission whose text is already stored becomes another source of that document ({@link DocumentSources}),
 * and every stored text is indexed for near-duplicates ({@link NearDuplicateIndex}).
 */
@ApplicationScoped
public class AnalysisWriter {

    /** What filing a submission under an already stored text amounted to. */
    public enum Filing {
        /** The submission was already a source of this document: metadata refreshed, results kept. */
        KNOWN_SOURCE,
        /** The text was stored for another submission; this one became another source of it. */
        NEW_SOURCE,
        /** The event id was applied before. */
        ALREADY_PROCESSED,
        /** The text is not (or no longer) stored: it needs analysis. */
        NOT_STORED
    }

    private final CanonicalEntityRepository entities;
    private final DocumentSources sources;
    private final NearDuplicateIndex nearDuplicates;

    public AnalysisWriter(CanonicalEntityRepository entities, DocumentSources sources,
                          NearDuplicateIndex nearDuplicates) {
        this.entities = entities;
        this.sources = sources;
        this.nearDuplicates = nearDuplicates;
    }

    @Transactional
    public boolean isProcessed(String eventId) {
        return Panache.getEntityManager()
                .createNativeQuery("SELECT 1 FROM processed_event WHERE event_id = :id")
                .setParameter("id", eventId)
                .getResultList().size() == 1;
    }

    /** True when this text is stored and analysed by this extractor: re-analysis would change nothing. */
    @Transactional
    public boolean isCurrent(DocumentIngested event, String extractorVersion) {
        StoredDocument doc = sources.byContent(event.contentHash());
        return doc != null && doc.status != DocumentStatus.FAILED && doc.extractorVersion.equals(extractorVersion);
    }

    /** Files a submission of an already stored text under that document: metadata may be new, results stay. */
    @Transactional
    public Filing writeUnchanged(DocumentIngested event) {
        if (!claimEvent(event)) {
            return Filing.ALREADY_PROCESSED;
        }
        sources.lockContent(event.contentHash());
        StoredDocument doc = sources.byContent(event.contentHash());
        if (doc == null) {
            // the last source of that text moved away since isCurrent: undo the claim so the event can be analysed
            Panache.getEntityManager().createNativeQuery("DELETE FROM processed_event WHERE event_id = :id")
                    .setParameter("id", event.eventId()).executeUpdate();
            return Filing.NOT_STORED;
        }
        return sources.attach(event, doc) ? Filing.NEW_SOURCE : Filing.KNOWN_SOURCE;
    }

    @Transactional
    public boolean writeAnalysed(DocumentIngested event, DocumentAnalysis analysis, String extractorVersion) {
        return writeAnalysed(event, analysis, List.of(), extractorVersion);
    }

    /** @param claimTimes the time each claim refers to, in the order of {@code analysis.claims()}; may be shorter */
    @Transactional
    public boolean writeAnalysed(DocumentIngested event, DocumentAnalysis analysis,
                                 List<Optional<TimeReference>> claimTimes, String extractorVersion) {
        if (!claimEvent(event)) {
            return false;
        }
        StoredDocument doc = replaceDocument(event, extractorVersion, DocumentStatus.ANALYSED, null);
        doc.language = analysis.language();
        doc.tokenCount = analysis.tokenCount();
        doc.sentenceCount = analysis.sentenceCount();
        Map<String, Long> entityIds = entities.resolve(entitiesOf(analysis));
        persistMentions(doc.id, analysis.mentions(), entityIds, extractorVersion);
        persistClaims(doc.id, analysis.claims(), claimTimes, entityIds, extractorVersion);
        persistDescriptors(doc.id, analysis.descriptors(), entityIds, extractorVersion);
        nearDuplicates.index(doc.id, event.text());
        return true;
    }

    @Transactional
    public boolean writeNotAnalysed(DocumentIngested event, String language, String reason, String extractorVersion) {
        if (!claimEvent(event)) {
            return false;
        }
        StoredDocument doc = replaceDocument(event, extractorVersion, DocumentStatus.NOT_ANALYSED, reason);
        doc.language = language;
        nearDuplicates.index(doc.id, event.text());
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

    /**
     * Stores the text in the document {@link DocumentSources#documentFor} chooses, removes results of any earlier
     * analysis of that document, and files the submission as its source.
     */
    private StoredDocument replaceDocument(DocumentIngested event, String extractorVersion, DocumentStatus status,
                                           String reason) {
        StoredDocument doc = sources.documentFor(event);
        boolean stored = doc.isPersistent();
        if (stored) {
            StoredMention.delete("documentId", doc.id);
            StoredClaim.delete("documentId", doc.id);
            Panache.getEntityManager().createNativeQuery("DELETE FROM entity_descriptor WHERE document_id = :id")
                    .setParameter("id", doc.id).executeUpdate();
        }
        doc.contentHash = event.contentHash();
        doc.body = event.text();
        doc.analysedAt = Instant.now();
        doc.status = status;
        doc.statusReason = reason;
        doc.extractorVersion = extractorVersion;
        doc.language = null;
        doc.tokenCount = null;
        doc.sentenceCount = null;
        doc.ingestedAt = event.occurredAt();
        doc.lastEventId = event.eventId();
        if (!stored) {
            doc.persist();
        }
        Panache.getEntityManager().flush();
        sources.attach(event, doc);
        return doc;
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

    /** All mentions in one statement: a document has dozens, and a round trip each was most of its write. */
    private static void persistMentions(UUID documentId, List<Mention> mentions, Map<String, Long> entityIds,
                                        String extractorVersion) {
        ArrayRows rows = new ArrayRows("uuid", "int8", "text", "text", "int4", "int4", "int4", "text");
        for (Mention m : mentions) {
            rows.add(documentId, entityIds.get(m.entityKey()), m.type().name(), m.text(), m.start(), m.end(),
                    m.sentenceIndex(), extractorVersion);
        }
        rows.execute("""
                INSERT INTO mention (document_id, entity_id, type, surface, start_offset, end_offset, sentence_index,
                                     extractor_version)
                SELECT * FROM unnest(?::uuid[], ?::bigint[], ?::text[], ?::text[], ?::int[], ?::int[], ?::int[],
                                     ?::text[])""");
    }

    private static void persistClaims(UUID documentId, List<Claim> claims, List<Optional<TimeReference>> times,
                                      Map<String, Long> entityIds, String extractorVersion) {
        int ordinal = 0;
        for (Claim c : claims) {
            StoredClaim row = new StoredClaim();
            if (ordinal < times.size()) {
                times.get(ordinal).ifPresent(time -> ClaimTimeColumns.fill(row, time));
            }
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
        ArrayRows rows = new ArrayRows("int8", "uuid", "text", "int4", "int4", "text");
        for (Descriptor d : descriptors) {
            Long entityId = entityIds.get(d.entityKey());
            if (entityId != null) {
                rows.add(entityId, documentId, d.span().text(), d.span().start(), d.span().end(), extractorVersion);
            }
        }
        rows.execute("""
                INSERT INTO entity_descriptor
                    (entity_id, document_id, descriptor, start_offset, end_offset, extractor_version)
                SELECT * FROM unnest(?::bigint[], ?::uuid[], ?::text[], ?::int[], ?::int[], ?::text[])
                ON CONFLICT DO NOTHING""");
    }
}
