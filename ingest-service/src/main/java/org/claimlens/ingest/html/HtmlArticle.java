package org.claimlens.ingest.html;

import java.time.Instant;

/**
 * What a web page holds for ClaimLens: the article body as plain text (paragraphs separated by blank lines) and
 * the metadata the page declares. Every field but {@code text} may be null; {@code text} may be empty.
 */
public record HtmlArticle(String text, String title, String author, Instant publishedAt, String siteName,
                          String canonicalUrl) {
}
