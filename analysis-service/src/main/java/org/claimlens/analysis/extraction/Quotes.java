package org.claimlens.analysis.extraction;

import edu.stanford.nlp.ling.CoreLabel;

import java.util.Set;

/** Double quotation marks as the tokenizer leaves them: straight, curly, or PTB's {@code ``} and {@code ''}. */
final class Quotes {

    private static final Set<String> MARKS = Set.of("\"", "``", "''", "\u201c", "\u201d", "\u201e", "\u00ab",
            "\u00bb");

    private Quotes() {
    }

    static boolean isMark(CoreLabel token) {
        return MARKS.contains(token.word()) || MARKS.contains(Phrases.surface(token));
    }
}
