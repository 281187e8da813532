package org.claimlens.analysis.extraction;

import edu.stanford.nlp.ling.CoreLabel;

import java.util.List;
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

    /**
     * Whether the quotation is one clean quotation: it neither opens with a closing curly mark nor closes with an
     * opening one, and holds no double mark inside. CoreNLP sometimes pairs a closing mark with the next opening
     * one and quotes the text between two quotations, or runs on past an unbalanced mark.
     */
    static boolean isProperlyMarked(List<CoreLabel> marked) {
        return marked.size() > 2
                && !Phrases.surface(marked.get(0)).equals("\u201d")
                && !Phrases.surface(marked.get(marked.size() - 1)).equals("\u201c")
                && marked.subList(1, marked.size() - 1).stream().noneMatch(Quotes::isMark);
    }

    /** Whether the character offset lies inside one of the spans. */
    static boolean inside(int offset, Iterable<Span> spans) {
        for (Span span : spans) {
            if (span.start() <= offset && offset < span.end()) {
                return true;
            }
        }
        return false;
    }
}
