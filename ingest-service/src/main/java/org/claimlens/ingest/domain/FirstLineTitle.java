package org.claimlens.ingest.domain;

import java.util.Optional;

/**
 * The headline of a plain text, when its first line looks like one: short, not ending like a sentence, and followed
 * by more text. Saved articles (the BBC corpus, copied pages) start that way.
 */
public final class FirstLineTitle {

    static final int MAX_LENGTH = 200;

    private FirstLineTitle() {
    }

    public static Optional<String> of(String text) {
        String stripped = text.strip();
        int end = stripped.indexOf('\n');
        if (end < 0) {
            return Optional.empty();
        }
        String first = stripped.substring(0, end).strip();
        boolean sentenceEnd = first.endsWith(".") || first.endsWith(",") || first.endsWith(";")
                || first.endsWith(":");
        if (first.isEmpty() || first.length() > MAX_LENGTH || sentenceEnd || stripped.substring(end).isBlank()) {
            return Optional.empty();
        }
        return Optional.of(first);
    }
}
