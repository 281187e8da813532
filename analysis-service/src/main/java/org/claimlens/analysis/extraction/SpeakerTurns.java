package org.claimlens.analysis.extraction;

import edu.stanford.nlp.ling.CoreLabel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Transcripts: a paragraph that opens with a speaker's name and a colon ("PENCE: Well, look, ...", "Mr. Graham:
 * ...") is that speaker's, up to the paragraph's end.
 */
final class SpeakerTurns {

    private static final int MAX_NAME_TOKENS = 4;
    private static final int MIN_WORDS = 3;

    private SpeakerTurns() {
    }

    /** The turns as readings whose cue is the colon, in text order. */
    static List<CueReading> find(CueContext context) {
        ParsedDocument document = context.document();
        List<CoreLabel> tokens = document.tokens();
        List<CueReading> turns = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (Paragraphs.startsAt(document, i)) {
                turn(context, i).ifPresent(turns::add);
            }
        }
        return turns;
    }

    private static Optional<CueReading> turn(CueContext context, int start) {
        ParsedDocument document = context.document();
        List<CoreLabel> tokens = document.tokens();
        int first = Quotes.isMark(tokens.get(start)) ? start + 1 : start;
        int colon = first;
        while (colon < tokens.size() && colon - first < MAX_NAME_TOKENS && isNameWord(tokens.get(colon))) {
            colon++;
        }
        if (colon == first || colon >= tokens.size() || !Phrases.lower(tokens.get(colon)).equals(":")
                || !isSpeakerName(tokens.subList(first, colon))) {
            return Optional.empty();
        }
        int end = colon + 1;
        while (end < tokens.size() && !Paragraphs.startsAt(document, end)) {
            end++;
        }
        if (end - colon - 1 < MIN_WORDS) {
            return Optional.empty();
        }
        return Optional.of(new CueReading(new Cue(colon, colon + 1), colon + 1, end,
                new Claimant(first, colon, colon - 1)));
    }

    private static boolean isNameWord(CoreLabel token) {
        return token.tag().startsWith("NNP") && !Phrases.isPunctuation(token);
    }

    /** "PENCE", "WALLACE", or a name the tagger knows: not a headline's opening words ("Breaking News:"). */
    private static boolean isSpeakerName(List<CoreLabel> words) {
        boolean capitals = words.stream().allMatch(word -> {
            String surface = Phrases.surface(word);
            return surface.chars().anyMatch(Character::isLetter) && surface.equals(surface.toUpperCase());
        });
        boolean person = words.stream().anyMatch(word -> word.ner().equals("PERSON"));
        return capitals || person;
    }
}
