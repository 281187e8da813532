package org.claimlens.query.api;

/** A claim as listed under its document; claimant and cue are null when the text names none. */
public record DocumentClaim(long id, String kind, String content, int contentStart, int contentEnd,
                            Claimant claimant, Cue cue, int sentenceIndex, String extractorVersion) {
}
