package org.claimlens.query.api;

import java.time.Instant;
import java.util.UUID;

/** One claim flattened with its claimant and document, as the CSV and JSON-LD exports write it. */
public record ExportedClaim(long id, String kind, String content, String claimant, Long claimantEntityId,
                            String claimantEntityName, String claimantEntityType, UUID documentId,
                            String documentTitle, String documentUrl, String documentSource, String documentAuthor,
                            Instant publishedAt, Instant ingestedAt) {
}
