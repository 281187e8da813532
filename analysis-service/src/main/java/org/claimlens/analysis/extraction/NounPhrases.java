package org.claimlens.analysis.extraction;

import edu.stanford.nlp.ling.CoreLabel;

import java.util.List;
import java.util.Set;

/**
 * Noun phrases read off part-of-speech tags, as token indices: the words that build a name or a description in
 * front of its head ("the acting head", "Senator Lindsey Graham", "the president's"), "of" and "for" phrases after it
 * ("Critics of the president's plans", "a spokeswoman for the ministry"), and nothing past a comma.
 */
final class NounPhrases {

    /** Words that can end a noun phrase. */
    static final Set<String> HEADS = Set.of("NN", "NNS", "NNP", "NNPS", "PRP", "CD");
    /** Words that can stand inside a noun phrase before its head. */
    private static final Set<String> INSIDE = Set.of("DT", "PDT", "PRP$", "JJ", "JJR", "JJS", "NN", "NNS", "NNP",
            "NNPS", "CD", "POS", "VBN", "VBG", "HYPH", "NNP.");
    /** Prepositions whose phrase still describes the head: "a spokesman for the council". */
    private static final Set<String> ATTACHED = Set.of("of", "for", "at", "from");
    /** Joins two modifiers of one head: "military and intelligence officials". */
    private static final Set<String> JOINS = Set.of("and", "&");
    static final int MAX_TOKENS = 15;

    private NounPhrases() {
    }

    static boolean isHead(CoreLabel token) {
        return HEADS.contains(token.tag()) && !Phrases.isPunctuation(token);
    }

    /** Whether the token can start a noun phrase. */
    static boolean canStart(CoreLabel token) {
        return isHead(token) || INSIDE.contains(token.tag()) && !token.tag().equals("POS")
                && !Phrases.isPunctuation(token);
    }

    /** The first token of the noun phrase whose head is {@code head}, not before {@code limit}. */
    static int startOf(List<CoreLabel> tokens, int head, int limit) {
        if (tokens.get(head).tag().equals("PRP")) {
            return head;
        }
        int start = head;
        while (true) {
            while (start - 1 >= limit && head - start < MAX_TOKENS && !startsWithDeterminer(tokens, start)
                    && continuesLeft(tokens, start - 1)) {
                start--;
            }
            // "Critics of [the president's plans]": the phrase is the head of an "of" phrase
            int preposition = start - 1;
            if (preposition - 1 >= limit && ATTACHED.contains(Phrases.lower(tokens.get(preposition)))
                    && isHead(tokens.get(preposition - 1)) && !tokens.get(preposition - 1).tag().equals("PRP")
                    && head - start < MAX_TOKENS) {
                start = preposition - 1;
                continue;
            }
            return start;
        }
    }

    /** The first token of the noun phrase ending at {@code head}, without the phrases it modifies: "groups". */
    static int baseStart(List<CoreLabel> tokens, int head, int limit) {
        int start = head;
        while (start - 1 >= limit && head - start < MAX_TOKENS && !startsWithDeterminer(tokens, start)
                && continuesLeft(tokens, start - 1)) {
            start--;
        }
        return start;
    }

    /** One past the last token of the noun phrase starting at {@code start}, not beyond {@code limit}. */
    static int endFrom(List<CoreLabel> tokens, int start, int limit) {
        if (tokens.get(start).tag().equals("PRP")) {
            return start + 1;
        }
        int end = start;
        while (end < limit && end - start < MAX_TOKENS && continuesRight(tokens, end, start)) {
            end++;
        }
        while (end > start && !isHead(tokens.get(end - 1))) {
            end--;
        }
        if (end > start && end + 1 < limit && ATTACHED.contains(Phrases.lower(tokens.get(end)))
                && canStart(tokens.get(end + 1)) && !tokens.get(end + 1).tag().equals("PRP")) {
            int after = endFrom(tokens, end + 1, limit);
            if (after > end + 1 && after - start <= MAX_TOKENS) {
                return after;
            }
        }
        return end;
    }

    /** "South Carolina and [a prominent ally]": a determiner opens its own phrase. */
    private static boolean startsWithDeterminer(List<CoreLabel> tokens, int start) {
        return tokens.get(start).tag().equals("DT") && !tokens.get(start - 1).tag().equals("PDT");
    }

    private static boolean continuesLeft(List<CoreLabel> tokens, int i) {
        CoreLabel token = tokens.get(i);
        if (JOINS.contains(Phrases.lower(token))) {
            return i > 0 && INSIDE.contains(tokens.get(i - 1).tag()) && !tokens.get(i - 1).tag().equals("DT");
        }
        return INSIDE.contains(token.tag()) && (!Phrases.isPunctuation(token) || isInnerHyphen(tokens, i))
                || token.tag().equals("POS");
    }

    /** "Kurdish - led": the tokenizer splits hyphenated words, whose hyphen touches both halves. */
    private static boolean isInnerHyphen(List<CoreLabel> tokens, int i) {
        return tokens.get(i).tag().equals("HYPH") && i > 0 && i + 1 < tokens.size()
                && tokens.get(i - 1).endPosition() == tokens.get(i).beginPosition()
                && tokens.get(i).endPosition() == tokens.get(i + 1).beginPosition();
    }

    private static boolean continuesRight(List<CoreLabel> tokens, int i, int start) {
        CoreLabel token = tokens.get(i);
        if (i > start && tokens.get(i - 1).tag().equals("PRP")) {
            return false;
        }
        if (JOINS.contains(Phrases.lower(token))) {
            return i > start && i + 1 < tokens.size() && INSIDE.contains(tokens.get(i + 1).tag())
                    && !tokens.get(i + 1).tag().equals("DT");
        }
        boolean determinerInside = i > start && (token.tag().equals("DT") || token.tag().equals("PDT"));
        return !determinerInside && (INSIDE.contains(token.tag()) || HEADS.contains(token.tag()))
                && (!Phrases.isPunctuation(token) || token.tag().equals("POS") || isInnerHyphen(tokens, i));
    }
}
