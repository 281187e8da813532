package org.claimlens.query.api;

/**
 * One source in a claim's attribution chain (outermost first: AUTHOR, then OUTLET or SPEAKER hops, the last being
 * the claimant). Offsets are null for a source the text does not name, such as the article's author.
 */
public record SourceLink(String role, String name, Long entityId, String cue, Integer start, Integer end) {
}
