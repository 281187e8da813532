package org.claimlens.analysis.extraction;

import edu.stanford.nlp.ling.CoreLabel;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Titles and roles written straight before a person's name: "Senator" in "Senator Lindsey Graham", "former Secretary
 * of Defense" in "former Secretary of Defense James Mattis", "Opposition lawmaker" in "Opposition lawmaker Samuel
 * Ito". The words before the name that can build a noun phrase, holding at least one title noun, less a leading
 * article or honorific.
 */
final class TitlesBeforeNames {

    private static final Set<String> PHRASE_TAGS = Set.of("NN", "NNS", "NNP", "NNPS", "JJ", "VBN", "VBG", "POS");
    private static final Set<String> JOINING_WORDS = Set.of("of", "for");
    private static final Set<String> VALUES = Set.of("DATE", "TIME", "DURATION", "SET", "NUMBER", "ORDINAL",
            "MONEY", "PERCENT");
    private static final int MAX_TOKENS = 12;

    private TitlesBeforeNames() {
    }

    /** @return token indices {@code [start, end)} of the title, if the name has one */
    static Optional<int[]> find(ParsedDocument document, int first, int end, NamedWords named) {
        List<CoreLabel> tokens = document.tokens();
        int nameStart = nameStart(tokens, first, end);
        int sentenceStart = document.sentenceStart(ParsedDocument.sentenceOf(tokens.get(first)));
        int start = nameStart;
        while (start > sentenceStart && nameStart - start < MAX_TOKENS
                && (start > first || continues(tokens, start - 1, named))) {
            start--;
        }
        while (start < nameStart && (isLeadingNoise(tokens.get(start)) || !isWord(tokens.get(start)))) {
            start++;
        }
        boolean titled = false;
        for (int i = start; i < nameStart; i++) {
            titled |= TitleWords.isTitle(tokens.get(i));
        }
        return titled && start < nameStart ? Optional.of(new int[] {start, nameStart}) : Optional.empty();
    }

    /** The first word of the name proper: NER sometimes tags the title as part of the name ("President Trump"). */
    private static int nameStart(List<CoreLabel> tokens, int first, int end) {
        int start = first;
        while (start < end - 1 && (TitleWords.isTitle(tokens.get(start)) || TitleWords.isHonorific(tokens.get(start)))) {
            start++;
        }
        return start;
    }

    private static boolean continues(List<CoreLabel> tokens, int i, NamedWords named) {
        CoreLabel token = tokens.get(i);
        if (named.isPerson(i) || VALUES.contains(token.ner())) {
            return false;
        }
        boolean joining = JOINING_WORDS.contains(Phrases.lower(token)) && i > 0
                && TitleWords.isTitle(tokens.get(i - 1));
        return joining || PHRASE_TAGS.contains(token.tag()) || TitleWords.isHonorific(token);
    }

    /** "the" belongs to the whole name phrase, "Mr." is no role and a possessive's owner is someone else. */
    private static boolean isLeadingNoise(CoreLabel token) {
        return TitleWords.isHonorific(token) || token.tag().equals("POS") || token.tag().equals("DT");
    }

    private static boolean isWord(CoreLabel token) {
        return !Phrases.isPunctuation(token);
    }
}
