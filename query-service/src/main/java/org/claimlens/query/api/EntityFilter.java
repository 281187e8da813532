package org.claimlens.query.api;

/**
 * Entity search: a prefix of the name or an alias, ignoring case and accents, and a type; null fields do not filter.
 */
public record EntityFilter(String prefix, EntityType type, EntitySort sort) {
}
