package org.claimlens.query.api;

import java.time.Instant;

/**
 * Optional narrowing of the document list; a null field does not filter. Time bounds are inclusive {@code from},
 * exclusive {@code to}; {@code text} is searched in title and body.
 */
public record DocumentFilter(String source, String author, String language, DocumentStatus status,
                             Instant publishedFrom, Instant publishedTo, Instant ingestedFrom, Instant ingestedTo,
                             String text) {
}
