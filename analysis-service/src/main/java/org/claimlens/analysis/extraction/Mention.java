package org.claimlens.analysis.extraction;

/**
 * One occurrence of an entity in the text, {@code [start, end)} in UTF-16 offsets of {@link Article#text()}.
 *
 * @param entityKey key of the {@link DocumentEntity} this mention belongs to within the document
 */
public record Mention(int start, int end, String text, EntityType type, int sentenceIndex, String entityKey) {
}
