package org.claimlens.analysis.extraction;

/**
 * An assertion found in the text and who makes it.
 *
 * @param content           the asserted words
 * @param kind              direct quote, reported speech or the author's own voice
 * @param claimant          the words naming who asserts it; null when the text does not name anyone
 * @param claimantEntityKey the {@link DocumentEntity#key()} the claimant refers to, when known
 * @param cue               the words that signal the attribution ("said", "according to"); null for AUTHOR claims
 * @param sentenceIndex     index of the sentence holding the start of the content
 */
public record Claim(Span content, ClaimKind kind, Span claimant, String claimantEntityKey, Span cue,
                    int sentenceIndex) {
}
