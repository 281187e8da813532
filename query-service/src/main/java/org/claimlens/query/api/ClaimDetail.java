package org.claimlens.query.api;

import java.util.UUID;

/** A claim on its own or in search results, with the document it came from. */
public record ClaimDetail(long id, UUID documentId, String documentTitle, String kind, String content,
                          int contentStart, int contentEnd, Claimant claimant, Cue cue, int sentenceIndex,
                          String extractorVersion) {
}
