package org.claimlens.query.api;

import java.util.List;

/** A canonical entity in search results, with its aliases and how often it is mentioned. */
public record EntitySummary(long id, String name, String type, List<String> aliases,
                            long documentCount, long mentionCount) {
}
