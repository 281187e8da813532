package org.claimlens.query.api;

import java.util.List;

/**
 * A claim as listed under its document; claimant and cue are null when the text names none, time when the claim's
 * sentence names no time.
 */
public record DocumentClaim(long id, String kind, String content, int contentStart, int contentEnd,
                            Claimant claimant, Cue cue, int sentenceIndex, String extractorVersion,
                            Certainty certainty, CheckWorthiness checkWorthiness, List<SourceLink> chain,
                            List<ClaimQuantity> quantities, List<EntityRef> about, ClaimTime time) {
}
