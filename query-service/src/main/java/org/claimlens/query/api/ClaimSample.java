package org.claimlens.query.api;

import java.util.List;

/**
 * The first few claims of a longer list, newest documents first, and how many there are in all: exactly when
 * {@code totalExact}, else at least {@code total}.
 */
public record ClaimSample(List<ClaimDetail> items, long total, boolean totalExact) {
}
