package org.claimlens.analysis.extraction;

import edu.stanford.nlp.ling.CoreLabel;

import java.util.List;
import java.util.Set;

/**
 * The words of a reported content as a claim shows them: without punctuation or a "that" at its edges, without a
 * trailing conjunction or editor's note ("(emphasis added)"), but with the closing mark of a quotation it opened
 * ("the tweets were “unhinged.”").
 */
final class ContentSpans {

    private static final Set<String> LEADING = Set.of("that");
    private static final Set<String> TRAILING = Set.of("and", "but", "or");
    /** How many punctuation tokens may stand between a quotation's last word and the content's end. */
    private static final int CLOSING_REACH = 3;
    private static final Set<String> EDITORS_WORDS = Set.of("emphasis", "italics", "sic", "ed.", "editor");
    private static final int MAX_NOTE_TOKENS = 6;

    private ContentSpans() {
    }

    /** "... in the region (emphasis added)": the note in brackets at the end is the editor's, not the speaker's. */
    private static int withoutEditorsNote(List<CoreLabel> tokens, int first, int last) {
        int end = last;
        while (end > first && Phrases.isPunctuation(tokens.get(end - 1)) && !tokens.get(end - 1).tag().equals("-LRB-")) {
            end--;
        }
        for (int i = end - 1; i > first && end - i <= MAX_NOTE_TOKENS; i--) {
            if (tokens.get(i).tag().equals("-LRB-")) {
                boolean note = tokens.subList(i, end).stream().anyMatch(t -> EDITORS_WORDS.contains(Phrases.lower(t)));
                return note ? trimmedEnd(tokens, first, i) : last;
            }
        }
        return last;
    }

    private static int trimmedEnd(List<CoreLabel> tokens, int first, int end) {
        int last = end;
        while (last > first && Phrases.isPunctuation(tokens.get(last - 1))) {
            last--;
        }
        return last;
    }

    /** @return token indices {@code [first, end)} of the content within {@code [start, end)} */
    static int[] trimmed(CueContext context, int start, int end) {
        List<CoreLabel> tokens = context.document().tokens();
        int first = start;
        int last = end;
        while (first < last && (Phrases.isPunctuation(tokens.get(first))
                || first == start && LEADING.contains(Phrases.lower(tokens.get(first))))) {
            first++;
        }
        while (last > first && (Phrases.isPunctuation(tokens.get(last - 1))
                || TRAILING.contains(Phrases.lower(tokens.get(last - 1))))) {
            last--;
        }
        last = withoutEditorsNote(tokens, first, last);
        for (Quotation quotation : context.quotations()) {
            boolean opensInside = quotation.open() >= first && quotation.open() < last;
            if (opensInside && quotation.closed() && quotation.innerEnd() >= last
                    && quotation.innerEnd() < last + CLOSING_REACH) {
                last = quotation.innerEnd() + 1;
            }
        }
        return new int[] {first, last};
    }
}
