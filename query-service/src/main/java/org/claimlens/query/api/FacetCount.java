package org.claimlens.query.api;

/** One value of a facet and how many matching claims have it. */
public record FacetCount(String value, long count) {
}
