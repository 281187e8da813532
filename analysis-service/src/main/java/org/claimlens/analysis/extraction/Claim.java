package org.claimlens.analysis.extraction;

import java.util.List;

/**
 * An assertion found in the text: who makes it, through whom it reaches the reader, how firmly, with which numbers,
 * about whom, and whether it is worth checking.
 *
 * @param content           the asserted words
 * @param kind              direct quote, reported speech or the author's own voice
 * @param claimant          the words naming who asserts it; null when the text does not name anyone
 * @param claimantEntityKey the {@link DocumentEntity#key()} the claimant refers to, when known
 * @param cue               the words that signal the attribution ("said", "according to"); null for AUTHOR claims
 * @param sentenceIndex     index of the sentence holding the start of the content
 * @param chain             who passes the claim on, outermost first: the article's author, an outlet it reproduces,
 *                          the speaker; empty until {@link ClaimEnrichment} ran
 * @param certainty         how firmly the claim is put; null until enriched
 * @param quantities        the numbers the content states, in text order
 * @param aboutEntityKeys   {@link DocumentEntity#key()}s of the entities the content mentions, claimant excluded
 * @param checkWorthiness   the check-worthiness score of the content; null until enriched
 */
public record Claim(Span content, ClaimKind kind, Span claimant, String claimantEntityKey, Span cue,
                    int sentenceIndex, List<ChainLink> chain, Certainty certainty, List<Quantity> quantities,
                    List<String> aboutEntityKeys, CheckWorthinessScore checkWorthiness) {

    public Claim {
        chain = List.copyOf(chain);
        quantities = List.copyOf(quantities);
        aboutEntityKeys = List.copyOf(aboutEntityKeys);
    }

    /** A claim as the finders produce it, before enrichment. */
    public Claim(Span content, ClaimKind kind, Span claimant, String claimantEntityKey, Span cue, int sentenceIndex) {
        this(content, kind, claimant, claimantEntityKey, cue, sentenceIndex, List.of(), null, List.of(), List.of(),
                null);
    }

    public Claim withChain(List<ChainLink> newChain) {
        return new Claim(content, kind, claimant, claimantEntityKey, cue, sentenceIndex, newChain, certainty,
                quantities, aboutEntityKeys, checkWorthiness);
    }

    public Claim withCertainty(Certainty newCertainty) {
        return new Claim(content, kind, claimant, claimantEntityKey, cue, sentenceIndex, chain, newCertainty,
                quantities, aboutEntityKeys, checkWorthiness);
    }

    public Claim withQuantities(List<Quantity> newQuantities) {
        return new Claim(content, kind, claimant, claimantEntityKey, cue, sentenceIndex, chain, certainty,
                newQuantities, aboutEntityKeys, checkWorthiness);
    }

    public Claim withAboutEntityKeys(List<String> newKeys) {
        return new Claim(content, kind, claimant, claimantEntityKey, cue, sentenceIndex, chain, certainty,
                quantities, newKeys, checkWorthiness);
    }

    public Claim withCheckWorthiness(CheckWorthinessScore newScore) {
        return new Claim(content, kind, claimant, claimantEntityKey, cue, sentenceIndex, chain, certainty,
                quantities, aboutEntityKeys, newScore);
    }
}
