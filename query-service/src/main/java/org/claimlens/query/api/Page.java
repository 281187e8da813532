package org.claimlens.query.api;

import java.util.List;

/** One page of a list response: the items plus where they sit in the whole result. */
public record Page<T>(List<T> items, int page, int size, long total) {
}
