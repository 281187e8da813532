package org.claimlens.query.api;

/** Where an entity is named in a document's text: character offsets (end exclusive) and the words used. */
public record MentionSpan(int start, int end, String text, int sentenceIndex) {
}
