package org.claimlens.ingest.domain;

/** The body a document's text was extracted from, kept so it can be shown and re-extracted later. */
public record Original(String mediaType, String content) {
}
