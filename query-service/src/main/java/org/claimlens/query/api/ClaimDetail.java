package org.claimlens.query.api;

import java.util.List;
import java.util.UUID;

/**
 * A claim on its own or in search results, with the document it came from. {@code certainty} and
 * {@code checkWorthiness} are null for claims analysed before they were measured; {@code time} is null when the
 * claim's sentence names no time.
 */
public record ClaimDetail(long id, UUID documentId, String documentTitle, String kind, String content,
                          int contentStart, int contentEnd, Claimant claimant, Cue cue, int sentenceIndex,
                          String extractorVersion, Certainty certainty, CheckWorthiness checkWorthiness,
                          List<SourceLink> chain, List<ClaimQuantity> quantities, List<EntityRef> about,
                          ClaimTime time) {
}
