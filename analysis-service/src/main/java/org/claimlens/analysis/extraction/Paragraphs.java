package org.claimlens.analysis.extraction;

import java.util.Set;

/**
 * Where paragraphs start: after a blank line, or after a line break that follows a finished sentence. A single line
 * break inside a sentence is wrapping, as in hard-wrapped text.
 */
final class Paragraphs {

    private static final Set<String> FINISHING = Set.of(".", "!", "?", "\u201d", "\"", "''", ":", "\u2026", "...");

    private Paragraphs() {
    }

    static boolean startsAt(ParsedDocument document, int i) {
        if (i == 0) {
            return true;
        }
        String gap = document.gapBefore(i);
        int lineBreak = gap.indexOf('\n');
        if (lineBreak < 0) {
            return false;
        }
        return gap.indexOf('\n', lineBreak + 1) >= 0
                || FINISHING.contains(Phrases.surface(document.tokens().get(i - 1)))
                || Character.isUpperCase(document.text().charAt(document.tokens().get(i).beginPosition()))
                && !Phrases.surface(document.tokens().get(i - 1)).equals(",");
    }
}
