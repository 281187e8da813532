package org.claimlens.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class HtmlArticleExtractorTest {

    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    @Test
    void newsPageYieldsTheArticleParagraphsAndNothingAroundThem() {
        HtmlArticle article = extractor.extract(page("news-article.html"), "");

        assertThat(article.text())
                .startsWith("The city council said on Wednesday that the harbor wall would open a year late")
                .contains("\"We will not open a structure that might fail in the first winter storm,\" Mayor Elena")
                .contains("\n\nWhat comes next\n\n")
                .endsWith("had been unrealistic from the start.")
                .doesNotContain("Share on", "Advertisement", "Related stories", "Reader123", "cookies", "newsletter",
                        "Copyright", "Sport", "Injected text", "dataLayer", "font-family", "Click to enlarge",
                        "By Dana Whitfield");
        assertThat(article.text().split("\n\n")).hasSize(5);
    }

    @Test
    void jsonLdWinsOverMetaTagsForTheArticleFields() {
        HtmlArticle article = extractor.extract(page("news-article.html"), "");

        assertThat(article.title()).isEqualTo("Harbor wall delayed again");
        assertThat(article.author()).isEqualTo("Dana Whitfield, Omar Reyes");
        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2018-11-08T10:00:00Z"));
        assertThat(article.siteName()).isEqualTo("Riverton Ledger");
        assertThat(article.canonicalUrl()).isEqualTo("https://ledger.example.org/2018/11/harbor-wall-delayed");
    }

    @Test
    void metaTagsServeWhenThereIsNoJsonLd() {
        String html = """
                <html><head><title>Fallback title</title>
                <meta property="og:title" content="Open Graph title">
                <meta property="og:url" content="https://example.org/og">
                <meta property="article:published_time" content="2018-11-07T09:30:00-05:00">
                <meta name="author" content="https://example.org/authors/who">
                <meta property="article:author" content="Sam Okafor">
                </head><body><article><p>%s</p></article></body></html>""".formatted("Body text, long enough. ".repeat(12));

        HtmlArticle article = extractor.extract(html, "");

        assertThat(article.title()).isEqualTo("Open Graph title");
        assertThat(article.author()).isEqualTo("Sam Okafor");
        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2018-11-07T14:30:00Z"));
        assertThat(article.canonicalUrl()).isEqualTo("https://example.org/og");
        assertThat(article.siteName()).isNull();
    }

    @Test
    void pageWithoutArticleMarkupIsScoredByTextDensity() {
        HtmlArticle article = extractor.extract(page("blog-without-markup.html"), "");

        assertThat(article.text())
                .startsWith("The regional transport board, which approved the tram line in 2016")
                .contains("Board chair Tomasz Lind said the first trams would run in the autumn")
                .endsWith("were less patient.")
                .doesNotContain("Home", "Post one", "Privacy", "Posted in");
        assertThat(article.title()).isEqualTo("Why the tram line is late");
        assertThat(article.siteName()).isEqualTo("Valley Notes");
        assertThat(article.author()).isEqualTo("Priya Natarajan");
        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2019-03-14T00:00:00Z"));
        assertThat(article.canonicalUrl()).isNull();
    }

    @Test
    void pageThatIsOnlyScriptsHasNoText() {
        HtmlArticle article = extractor.extract(page("script-only.html"), "");

        assertThat(article.text()).isEmpty();
        assertThat(article.title()).isEqualTo("App");
    }

    @Test
    void lineBreaksInsideAParagraphStayLineBreaks() {
        String html = "<html><body><div class=\"poem\">First line of the verse, it says<br>second line of it"
                + "<br><br>third line at the end</div></body></html>";

        assertThat(extractor.extract(html, "").text())
                .isEqualTo("First line of the verse, it says\nsecond line of it\nthird line at the end");
    }

    @Test
    void relativeCanonicalLinksResolveAgainstTheBaseUrl() {
        String html = "<html><head><link rel=canonical href=\"/story/1\"></head><body><p>Some text here.</p></body></html>";

        assertThat(extractor.extract(html, "https://news.example.org/x?y").canonicalUrl())
                .isEqualTo("https://news.example.org/story/1");
    }

    private static String page(String name) {
        return TestPages.read(name);
    }
}
