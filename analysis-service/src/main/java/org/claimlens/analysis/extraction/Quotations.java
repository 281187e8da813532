package org.claimlens.analysis.extraction;

import edu.stanford.nlp.ling.CoreLabel;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Pairs the double quotation marks of a document into quotations: curly, straight and {@code `` ''} marks. A
 * quotation left open at a paragraph's end continues when the next paragraph opens with a mark, the convention for
 * quotations over several paragraphs; otherwise it ends with its paragraph if it opened the paragraph, and is a
 * stray mark if it did not. A closing mark with nothing open and an opening mark before another one are strays too.
 */
final class Quotations {

    private static final Set<String> OPENING = Set.of("\u201c", "\u201e", "\u00ab", "``");
    private static final Set<String> CLOSING = Set.of("\u201d", "\u00bb");
    /** Marks whose direction the text around them tells: some sources write '' for both. */
    private static final Set<String> STRAIGHT = Set.of("\"", "''");
    /** What may stand right before an opening straight mark. */
    private static final String BEFORE_OPENING = "([{\u2014\u2013-/";

    private Quotations() {
    }

    /** The quotations in text order; nested ones are not told apart from their host. */
    static List<Quotation> find(ParsedDocument document) {
        List<CoreLabel> tokens = document.tokens();
        List<Quotation> found = new ArrayList<>();
        int open = -1;
        boolean openedParagraph = false;
        for (int i = 0; i < tokens.size(); i++) {
            Direction direction = direction(document, i);
            boolean paragraphStart = Paragraphs.startsAt(document, i);
            if (open >= 0 && paragraphStart) {
                if (direction == Direction.OPENING) {
                    continue; // the same quotation goes on in this paragraph
                }
                if (openedParagraph) {
                    found.add(new Quotation(open, i, false));
                }
                open = -1;
            }
            if (direction == Direction.OPENING) {
                open = i;
                openedParagraph = paragraphStart;
            } else if (direction == Direction.CLOSING && open >= 0) {
                found.add(new Quotation(open, i, true));
                open = -1;
            }
        }
        if (open >= 0 && openedParagraph) {
            found.add(new Quotation(open, tokens.size(), false));
        }
        return found.stream().filter(quotation -> quotation.innerEnd() > quotation.innerStart()).toList();
    }

    /** For each token, whether it lies inside a quotation, marks included. */
    static boolean[] insideMask(int size, List<Quotation> quotations) {
        boolean[] inside = new boolean[size];
        for (Quotation quotation : quotations) {
            for (int i = quotation.open(); i < quotation.end(); i++) {
                inside[i] = true;
            }
        }
        return inside;
    }

    /** The quotation holding the token, if any. */
    static Quotation holding(List<Quotation> quotations, int token) {
        for (Quotation quotation : quotations) {
            if (quotation.holds(token)) {
                return quotation;
            }
        }
        return null;
    }

    enum Direction { OPENING, CLOSING, NONE }

    static Direction direction(ParsedDocument document, int i) {
        CoreLabel token = document.tokens().get(i);
        String mark = Phrases.surface(token);
        if (OPENING.contains(mark)) {
            return Direction.OPENING;
        }
        if (CLOSING.contains(mark)) {
            return Direction.CLOSING;
        }
        if (!STRAIGHT.contains(mark)) {
            return Direction.NONE;
        }
        String text = document.text();
        int before = token.beginPosition() - 1;
        int after = token.endPosition();
        boolean spaceBefore = before < 0 || Character.isWhitespace(text.charAt(before))
                || BEFORE_OPENING.indexOf(text.charAt(before)) >= 0;
        boolean spaceAfter = after >= text.length() || Character.isWhitespace(text.charAt(after))
                || !Character.isLetterOrDigit(text.charAt(after)) && text.charAt(after) != '$';
        if (spaceBefore != spaceAfter) {
            return spaceBefore ? Direction.OPENING : Direction.CLOSING;
        }
        // "word"word or a mark standing alone: the tagger's guess from the sentence around it
        return "``".equals(token.tag()) ? Direction.OPENING : Direction.CLOSING;
    }
}
