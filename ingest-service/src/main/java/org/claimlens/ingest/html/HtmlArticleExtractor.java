package org.claimlens.ingest.html;

import java.time.Instant;
import java.util.Optional;
import org.claimlens.ingest.domain.PublishedAt;
import org.claimlens.ingest.domain.TextDates;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Turns an HTML page into an {@link HtmlArticle}: metadata first, from the untouched page (meta tags, JSON-LD,
 * {@code <time>}, {@code <title>}), then the main content once boilerplate is gone. Plain Java on jsoup; thread-safe.
 */
public final class HtmlArticleExtractor {

    private final MainContent mainContent = new MainContent();

    /** @param baseUri where the page came from, to resolve relative links; may be empty */
    public HtmlArticle extract(String html, String baseUri) {
        Document page = Jsoup.parse(html, baseUri == null ? "" : baseUri);
        PageMetadata metadata = PageMetadata.of(page);
        String text = mainContent.text(page);
        // the page's claims about itself are only taken when they would pass as the client's own
        Instant publishedAt = Optional.ofNullable(metadata.publishedAt()).or(() -> TextDates.findInHeader(text))
                .filter(PublishedAt::isPlausible).orElse(null);
        return new HtmlArticle(text, metadata.title(), metadata.author(), publishedAt, metadata.siteName(),
                metadata.canonicalUrl());
    }
}
