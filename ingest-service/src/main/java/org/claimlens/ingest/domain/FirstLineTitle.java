package org.claimlens.ingest.domain;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The headline of a plain text, when its first line looks like one: short, not ending like a sentence, and followed
 * by more text. Saved articles (the BBC corpus, copied pages) start that way.
 */
public final class FirstLineTitle {

    static final int MAX_LENGTH = 200;
    /** "… to Dismay of U.S." ends in an abbreviation, not a full stop. */
    private static final Pattern ABBREVIATION_END = Pattern.compile("(?:\\b\\p{L}\\.){2,}$");

    private FirstLineTitle() {
    }

    public static Optional<String> of(String text) {
        String stripped = text.strip();
        int end = stripped.indexOf('\n');
        if (end < 0) {
            return Optional.empty();
        }
        String first = stripped.substring(0, end).strip();
        boolean sentenceEnd = (first.endsWith(".") && !ABBREVIATION_END.matcher(first).find())
                || first.endsWith(",") || first.endsWith(";") || first.endsWith(":");
        if (first.isEmpty() || first.length() > MAX_LENGTH || sentenceEnd || stripped.substring(end).isBlank()) {
            return Optional.empty();
        }
        return Optional.of(first);
    }
}
