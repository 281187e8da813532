package org.claimlens.analysis.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Joins a quotation that its attribution interrupts, “We will win,” she said, “and soon.”, into one claim: the
 * speaker said one thing, which runs from the first part's first word to the last part's last. The second part
 * belongs to the first when it follows in the same paragraph, right after the first part's cue, and names no other
 * speaker.
 */
final class SplitQuotes {

    /** Room for the marks, the cue, a long speaker's name and a sentence end between the two parts. */
    private static final int MAX_GAP_CHARACTERS = 120;

    private SplitQuotes() {
    }

    /** @param quotes direct quotations in text order */
    static List<Claim> join(ParsedDocument document, List<Claim> quotes) {
        List<Claim> joined = new ArrayList<>();
        for (Claim quote : quotes) {
            Claim previous = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (previous != null && continues(document.text(), previous, quote)) {
                joined.set(joined.size() - 1, new Claim(
                        document.span(previous.content().start(), quote.content().end()), previous.kind(),
                        previous.claimant(), previous.claimantEntityKey(), previous.cue(), previous.sentenceIndex()));
            } else {
                joined.add(quote);
            }
        }
        return joined;
    }

    private static boolean continues(String text, Claim first, Claim second) {
        Span cue = first.cue();
        int gapStart = first.content().end();
        int gapEnd = second.content().start();
        if (cue == null || first.claimant() == null || cue.start() < gapStart || cue.end() > gapEnd
                || gapEnd - gapStart > MAX_GAP_CHARACTERS) {
            return false;
        }
        // a blank line or a line break starts another paragraph, where a new quotation may have a new speaker
        boolean sameParagraph = text.substring(gapStart, gapEnd).indexOf('\n') < 0;
        boolean sameSpeaker = second.claimant() == null
                || Objects.equals(second.cue(), cue)
                || second.claimant().text().equals(first.claimant().text());
        return sameParagraph && sameSpeaker;
    }
}
