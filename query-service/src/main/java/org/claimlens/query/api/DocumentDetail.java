package org.claimlens.query.api;

import java.time.Instant;
import java.util.UUID;

/** One document with its analysis outcome, extraction counts and full text. */
public record DocumentDetail(UUID id, String title, String source, String author, String url,
                             Instant publishedAt, Instant ingestedAt, Instant analysedAt,
                             String status, String statusReason, String language, String extractorVersion,
                             Integer tokenCount, Integer sentenceCount, DocumentCounts counts, String text) {
}
