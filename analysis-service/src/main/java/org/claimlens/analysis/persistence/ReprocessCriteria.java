package org.claimlens.analysis.persistence;

import java.time.Instant;
import java.util.UUID;

/**
 * Which stored documents an operator wants analysed again: one document, those analysed in a time range, or those
 * whose results an older extractor produced; optionally only those with a given status. Null means "any".
 *
 * @param analysedFrom     inclusive lower bound of {@code analysed_at}
 * @param analysedTo       exclusive upper bound of {@code analysed_at}
 * @param olderThan        select documents whose extractor version sorts before this one
 */
public record ReprocessCriteria(UUID documentId, Instant analysedFrom, Instant analysedTo, ExtractorVersion olderThan,
                                DocumentStatus status) {
}
