package org.claimlens.ingest.html;

import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.claimlens.ingest.domain.TextDates;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The metadata a page declares about its article. Each field takes the first source that has it, most specific
 * first: JSON-LD, then Open Graph / {@code article:} / Twitter meta tags, then plain meta tags, then the page itself
 * ({@code <h1>}, {@code <title>}, {@code <time>}, a byline).
 */
record PageMetadata(String title, String author, Instant publishedAt, String siteName, String canonicalUrl) {

    private static final Pattern LEADING_BY = Pattern.compile("(?i)^by\\s+");
    private static final Pattern WEB_URL = Pattern.compile("(?i)^https?://\\S+$");

    static PageMetadata of(Document page) {
        Optional<JsonLdArticle> ld = JsonLdArticle.find(page);
        String siteName = first(meta(page, "og:site_name"), ld.map(JsonLdArticle::publisher),
                meta(page, "application-name")).orElse(null);
        return new PageMetadata(
                first(ld.map(JsonLdArticle::headline), meta(page, "og:title"), meta(page, "twitter:title"),
                        text(page.selectFirst("h1")), titleElement(page, siteName)).orElse(null),
                first(ld.map(JsonLdArticle::author), meta(page, "author").filter(a -> !WEB_URL.matcher(a).matches()),
                        meta(page, "article:author").filter(a -> !WEB_URL.matcher(a).matches()),
                        meta(page, "parsely-author"), byline(page)).orElse(null),
                publishedAt(page, ld),
                siteName,
                first(canonicalLink(page), meta(page, "og:url"), ld.map(JsonLdArticle::url))
                        .filter(url -> WEB_URL.matcher(url).matches()).orElse(null));
    }

    private static Instant publishedAt(Document page, Optional<JsonLdArticle> ld) {
        return Stream.of(ld.map(JsonLdArticle::datePublished), meta(page, "article:published_time"),
                        meta(page, "og:published_time"), meta(page, "datePublished"), meta(page, "date"),
                        meta(page, "pubdate"), meta(page, "publishdate"), meta(page, "dc.date.issued"),
                        meta(page, "dc.date"), meta(page, "parsely-pub-date"), timeElement(page))
                .flatMap(Optional::stream)
                .map(TextDates::parse)
                .flatMap(Optional::stream)
                .findFirst().orElse(null);
    }

    /** {@code <meta property=…>}, {@code name=…} or {@code itemprop=…}, compared without case. */
    private static Optional<String> meta(Document page, String key) {
        for (Element meta : page.getElementsByTag("meta")) {
            for (String attribute : new String[] {"property", "name", "itemprop"}) {
                if (meta.attr(attribute).equalsIgnoreCase(key) && !meta.attr("content").isBlank()) {
                    return Optional.of(meta.attr("content").strip());
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> canonicalLink(Document page) {
        Element link = page.selectFirst("link[rel=canonical][href]");
        return link == null ? Optional.empty() : Optional.of(link.absUrl("href")).filter(url -> !url.isEmpty());
    }

    private static Optional<String> timeElement(Document page) {
        Element time = page.selectFirst("[itemprop=datePublished][datetime], article time[datetime], time[datetime]");
        return time == null ? Optional.empty() : Optional.of(time.attr("datetime"));
    }

    private static Optional<String> byline(Document page) {
        Element byline = page.selectFirst("[rel=author], [itemprop=author], .byline, .author");
        return text(byline).map(name -> LEADING_BY.matcher(name).replaceFirst(""));
    }

    /** {@code <title>} without a trailing " | Site name" or " - Site name". */
    private static Optional<String> titleElement(Document page, String siteName) {
        String title = page.title().strip();
        if (siteName != null) {
            for (String separator : new String[] {" | ", " - ", " – ", " — ", " :: "}) {
                if (title.endsWith(separator + siteName)) {
                    title = title.substring(0, title.length() - separator.length() - siteName.length()).strip();
                }
            }
        }
        return Optional.of(title).filter(t -> !t.isEmpty());
    }

    private static Optional<String> text(Element element) {
        return element == null ? Optional.empty() : Optional.of(element.text().strip()).filter(t -> !t.isEmpty());
    }

    @SafeVarargs
    private static Optional<String> first(Optional<String>... candidates) {
        return Stream.of(candidates).flatMap(Optional::stream).filter(value -> !value.isBlank()).findFirst();
    }
}
