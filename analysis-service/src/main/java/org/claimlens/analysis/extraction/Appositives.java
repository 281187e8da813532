package org.claimlens.analysis.extraction;

import edu.stanford.nlp.ling.CoreLabel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Noun phrases set beside a name between commas to say who it is: "Russell Travers, the acting head of the National
 * Counterterrorism Center," and "The agency's director, Paula Brennan,". Coordinated ones are split ("Republican of
 * South Carolina and a prominent Trump ally"); relative clauses ("who ...") and brackets ("(R-S.C.)") are left out,
 * and so are lists of names ("Lindsey Graham, Mike Pence and ...").
 */
final class Appositives {

    /** What may follow a descriptor: its closing comma, the sentence end, or a relative clause about it. */
    private static final Set<String> ENDINGS = Set.of(",", ".", ";", ":", "who", "whose", "which", "that", ")",
            "\u2014", "--", "\u2013");
    private static final int MAX_TOKENS = 12;

    private Appositives() {
    }

    /** @return token ranges {@code [start, end)} of the descriptors of the name {@code [first, end)} */
    static List<int[]> find(ParsedDocument document, int first, int end, NamedWords named) {
        List<CoreLabel> tokens = document.tokens();
        int sentence = ParsedDocument.sentenceOf(tokens.get(first));
        int sentenceEnd = document.sentenceEnd(sentence);
        List<int[]> found = new ArrayList<>();
        if (end + 1 < sentenceEnd && isComma(tokens.get(end))) {
            int start = end + 1;
            Optional<int[]> phrase = phrase(tokens, start, sentenceEnd, named);
            while (phrase.isPresent()) {
                found.add(phrase.get());
                int next = phrase.get()[1];
                boolean coordinated = next + 1 < sentenceEnd && Phrases.lower(tokens.get(next)).equals("and");
                phrase = coordinated ? phrase(tokens, next + 1, sentenceEnd, named) : Optional.empty();
            }
        }
        before(document, first, end, named).ifPresent(found::add);
        return found;
    }

    /** "The agency's director, Paula Brennan, told": a description opening the sentence, the name set off after it. */
    private static Optional<int[]> before(ParsedDocument document, int first, int end, NamedWords named) {
        List<CoreLabel> tokens = document.tokens();
        int sentenceStart = document.sentenceStart(ParsedDocument.sentenceOf(tokens.get(first)));
        boolean setOff = first >= sentenceStart + 2 && isComma(tokens.get(first - 1))
                && end < tokens.size() && isComma(tokens.get(end));
        if (!setOff) {
            return Optional.empty();
        }
        return phrase(tokens, sentenceStart, first - 1, named).filter(words -> words[1] == first - 1);
    }

    /** A noun phrase from {@code start} whose main word is no name, followed by what may end a descriptor. */
    private static Optional<int[]> phrase(List<CoreLabel> tokens, int start, int limit, NamedWords named) {
        if (!NounPhrases.canStart(tokens.get(start)) || named.isName(start) && !isPartOfRole(tokens, start, named)) {
            return Optional.empty();
        }
        int end = NounPhrases.endFrom(tokens, start, limit);
        if (end <= start || end - start > MAX_TOKENS) {
            return Optional.empty();
        }
        int head = headOf(tokens, start, end);
        boolean ends = end >= limit || ENDINGS.contains(Phrases.lower(tokens.get(end)))
                || Phrases.lower(tokens.get(end)).equals("and");
        boolean role = !named.isName(head) && tokens.get(head).tag().startsWith("NN") || isPartOfRole(tokens, head, named);
        return ends && role ? Optional.of(new int[] {start, end}) : Optional.empty();
    }

    /** "Republican of South Carolina": a party or nationality word heading a role. */
    private static boolean isPartOfRole(List<CoreLabel> tokens, int i, NamedWords named) {
        return !named.isName(i) && Character.isUpperCase(Phrases.surface(tokens.get(i)).charAt(0))
                && tokens.get(i).tag().startsWith("NNP") && i + 1 < tokens.size()
                && Phrases.lower(tokens.get(i + 1)).equals("of");
    }

    /** The last noun before an "of", "at" or "for" phrase, else the last word. */
    private static int headOf(List<CoreLabel> tokens, int start, int end) {
        for (int i = start + 1; i < end; i++) {
            if (tokens.get(i).tag().equals("IN") || tokens.get(i).tag().equals("TO")) {
                return i - 1;
            }
        }
        return end - 1;
    }

    private static boolean isComma(CoreLabel token) {
        return Phrases.lower(token).equals(",");
    }
}
