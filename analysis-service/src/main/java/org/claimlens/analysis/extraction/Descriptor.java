package org.claimlens.analysis.extraction;

/**
 * A title or role the text gives an entity, such as "Senator" or "the acting head of the National
 * Counterterrorism Center", so analysts can tell who a name is.
 *
 * @param entityKey the {@link DocumentEntity#key()} described
 * @param span      the descriptor's words in the text
 */
public record Descriptor(String entityKey, Span span) {
}
