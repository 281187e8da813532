package org.claimlens.query.api;

/** Entity search: a case-insensitive prefix of the name or an alias, and a type; null fields do not filter. */
public record EntityFilter(String prefix, EntityType type) {
}
