package org.claimlens.query.api;

import java.util.List;

/**
 * One page of a list response: the items plus where they sit in the whole result. {@code total} is exact when
 * {@code totalExact}; otherwise more matched than were counted, and {@code total} is how many at least.
 */
public record Page<T>(List<T> items, int page, int size, long total, boolean totalExact) {
}
