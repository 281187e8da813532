package org.claimlens.query.api;

/** Optional narrowing of the document list; a null field does not filter. */
public record DocumentFilter(String source, DocumentStatus status) {
}
