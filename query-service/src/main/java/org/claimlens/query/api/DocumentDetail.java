package org.claimlens.query.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One document with its analysis outcome, extraction counts and full text, every source that carried this text
 * (earliest first: the document's metadata are theirs) and the near-duplicates found for it (most similar first).
 */
public record DocumentDetail(UUID id, String title, String source, String author, String url,
                             Instant publishedAt, Instant ingestedAt, Instant analysedAt,
                             String status, String statusReason, String language, String extractorVersion,
                             Integer tokenCount, Integer sentenceCount, DocumentCounts counts, String text,
                             List<DocumentSource> sources, List<NearDuplicate> nearDuplicates) {
}
