package org.claimlens.analysis.extraction;

import edu.stanford.nlp.ling.CoreLabel;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where a cue's content starts and ends: after the cue, past "that", a colon and the adjuncts before "that", up to
 * the sentence end or the end of a quotation that opens there; before the cue, from the sentence start or the
 * quotation's opening mark; or in the next paragraph after "X continued:".
 */
final class ContentBounds {

    private static final Set<String> CLAUSE_OPENERS = Set.of(",", ":", "that");
    private static final Set<String> SENTENCE_ENDS = Set.of(".", "!", "?", ";");
    private static final Set<String> ELLIPSES = Set.of("\u2026", "...");
    /** How far past the cue a "that" may still introduce its clause: "said in late September that". */
    private static final int THAT_REACH = 8;

    private final CueContext context;
    private final List<CoreLabel> tokens;

    ContentBounds(CueContext context) {
        this.context = context;
        this.tokens = context.document().tokens();
    }

    /**
     * Past a comma, a colon and a "that" that opens the clause, even a few words on: "said on Monday that"; not the
     * "that" of a relative clause ("discussed the plans that were ...").
     */
    int startAfter(int start, int end) {
        int i = start;
        for (int j = start; j < Math.min(end, start + THAT_REACH); j++) {
            CoreLabel token = tokens.get(j);
            if (Phrases.lower(token).equals("that") && j > start && !token.tag().equals("WDT")) {
                i = j;
                break;
            }
            if (Phrases.isVerb(token) || Quotes.isMark(token) || isSentenceEnd(j)) {
                break;
            }
        }
        while (i < end && CLAUSE_OPENERS.contains(Phrases.lower(tokens.get(i)))) {
            i++;
        }
        return i;
    }

    /**
     * The sentence end, less its final punctuation; or an ellipsis that ends a thought before a capital, or a
     * paragraph break the sentence splitter did not see (a line without a full stop).
     */
    int endFrom(int start, int end) {
        for (int i = start; i + 1 < end; i++) {
            boolean ellipsis = ELLIPSES.contains(Phrases.surface(tokens.get(i)))
                    && Character.isUpperCase(Phrases.surface(tokens.get(i + 1)).charAt(0));
            if (ellipsis) {
                return i;
            }
            if (i > start && Paragraphs.startsAt(context.document(), i)) {
                return withoutTrailingPunctuation(start, i);
            }
        }
        return withoutTrailingPunctuation(start, end);
    }

    /** The content after the cue: a quotation that opens and ends it, or the words, on to a quotation's end. */
    Optional<CueReading> after(Cue cue, int start, int end, Claimant claimant) {
        Quotation quotation = quotationOpeningAt(start);
        if (quotation != null && (quotation.innerEnd() >= end || words(quotation.end(), end) == 0)) {
            return reading(cue, quotation.innerStart(), quotation.innerEnd(), claimant);
        }
        int contentEnd = end;
        for (Quotation q : context.quotations()) {
            if (q.open() >= start && q.open() < end && q.innerEnd() > end) {
                contentEnd = q.end();
            }
        }
        return reading(cue, start, contentEnd, claimant);
    }

    /** The content before the cue: the quotation that ends right there, or the words from the sentence start. */
    Optional<CueReading> before(Cue cue, int first, int end, Claimant claimant) {
        int contentEnd = withoutTrailingPunctuation(first, end);
        Quotation quotation = contentEnd > 0 ? Quotations.holding(context.quotations(), contentEnd - 1) : null;
        if (quotation != null && quotation.closed() && quotation.innerEnd() == contentEnd - 1) {
            return reading(cue, quotation.innerStart(), quotation.innerEnd(), claimant);
        }
        return reading(cue, first, contentEnd, claimant);
    }

    /** "Caddell continued:" and the words in the next paragraph: its quotation, or else its first sentence. */
    Optional<CueReading> nextSentence(Cue cue, int end, Claimant claimant) {
        if (end >= tokens.size()) {
            return Optional.empty();
        }
        Quotation quotation = quotationOpeningAt(end);
        if (quotation != null) {
            return reading(cue, quotation.innerStart(), quotation.innerEnd(), claimant);
        }
        int next = context.document().sentenceEnd(ParsedDocument.sentenceOf(tokens.get(end)));
        return reading(cue, end, endFrom(end, next), claimant);
    }

    /** The whole quotation the token closes, as the content. */
    Optional<CueReading> quotationClosedAt(Cue cue, int closingMark, Claimant claimant) {
        Quotation quotation = Quotations.holding(context.quotations(), closingMark);
        return reading(cue, quotation.innerStart(), quotation.innerEnd(), claimant);
    }

    static Optional<CueReading> reading(Cue cue, int start, int end, Claimant claimant) {
        return end > start ? Optional.of(new CueReading(cue, start, end, claimant)) : Optional.empty();
    }

    boolean startsQuotation(int start) {
        return quotationOpeningAt(start) != null;
    }

    boolean isClosingMark(int i) {
        return i >= 0 && context.isQuoted(i) && Quotations.direction(context.document(), i)
                == Quotations.Direction.CLOSING;
    }

    boolean isSentenceEnd(int i) {
        return SENTENCE_ENDS.contains(Phrases.lower(tokens.get(i)));
    }

    long words(int start, int end) {
        return start >= end ? 0 : Phrases.wordCount(tokens.subList(start, end));
    }

    int withoutTrailingPunctuation(int start, int end) {
        int last = end;
        while (last > start && Phrases.isPunctuation(tokens.get(last - 1)) && !Quotes.isMark(tokens.get(last - 1))) {
            last--;
        }
        return last;
    }

    private Quotation quotationOpeningAt(int start) {
        for (Quotation quotation : context.quotations()) {
            if (quotation.open() == start) {
                return quotation;
            }
        }
        return null;
    }
}
