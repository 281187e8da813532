package org.claimlens.analysis.extraction;

import java.time.Instant;

/**
 * What the extractor reads: the text (all offsets refer to it) and the metadata that helps interpret it,
 * such as the author a text speaks for. Everything but {@code text} may be null.
 */
public record Article(String text, String title, String author, String source, Instant publishedAt) {

    public Article {
        if (text == null) {
            throw new IllegalArgumentException("text is required");
        }
    }

    public static Article ofText(String text) {
        return new Article(text, null, null, null, null);
    }
}
