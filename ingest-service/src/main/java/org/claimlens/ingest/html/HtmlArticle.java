package org.claimlens.ingest.html;

import java.time.Instant;
import java.util.regex.Pattern;

/**
 * What a web page holds for ClaimLens: the article body as plain text (paragraphs separated by blank lines) and
 * the metadata the page declares, each a single line. Every field but {@code text} may be null; {@code text} may be
 * empty.
 */
public record HtmlArticle(String text, String title, String author, Instant publishedAt, String siteName,
                          String canonicalUrl) {

    /** Line breaks, tabs and other controls, which JSON-LD strings and attributes may hold and metadata may not. */
    private static final Pattern BREAKS = Pattern.compile("[\\s\\p{Cc}]+");

    public HtmlArticle {
        title = oneLine(title);
        author = oneLine(author);
        siteName = oneLine(siteName);
    }

    private static String oneLine(String value) {
        return value == null ? null : BREAKS.matcher(value).replaceAll(" ").strip();
    }
}
