package org.claimlens.query.support;

import java.time.Instant;

/** A document to seed with {@link TestData#seedArticle}; {@code publishedAt} may be null. */
public record Article(String title, String source, String author, String language, Instant publishedAt,
                      Instant ingestedAt, String body) {

    /** An English article by a staff reporter with this title, body, source and times. */
    public static Article of(String title, String body, String source, String publishedAt, String ingestedAt) {
        return new Article(title, source, "Staff reporter", "en",
                publishedAt == null ? null : Instant.parse(publishedAt), Instant.parse(ingestedAt), body);
    }

    public Article by(String otherAuthor) {
        return new Article(title, source, otherAuthor, language, publishedAt, ingestedAt, body);
    }

    public Article in(String otherLanguage) {
        return new Article(title, source, author, otherLanguage, publishedAt, ingestedAt, body);
    }
}
