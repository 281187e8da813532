package org.claimlens.ingest.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The schema.org article a page describes in {@code <script type="application/ld+json">}: the first node typed
 * Article, NewsArticle, ReportageNewsArticle, OpinionNewsArticle, BlogPosting and the like, also inside
 * {@code @graph} or arrays. Malformed JSON-LD is ignored, as browsers do.
 */
record JsonLdArticle(JsonNode node) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "reportagenewsarticle",
            "opinionnewsarticle", "analysisnewsarticle", "backgroundnewsarticle", "blogposting", "report",
            "scholarlyarticle", "techarticle", "liveblogposting");

    static Optional<JsonLdArticle> find(Document page) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                Optional<JsonNode> article = firstArticle(JSON.readTree(script.data()));
                if (article.isPresent()) {
                    return article.map(JsonLdArticle::new);
                }
            } catch (JsonProcessingException e) {
                // a broken block does not spoil the others
            }
        }
        return Optional.empty();
    }

    String headline() {
        return text(node.path("headline")).orElseGet(() -> text(node.path("name")).orElse(null));
    }

    String datePublished() {
        return text(node.path("datePublished")).orElse(null);
    }

    /** One or more authors, persons or organisations, named or plain strings; joined with commas. */
    String author() {
        List<String> names = new ArrayList<>();
        JsonNode author = node.path("author");
        for (JsonNode one : author.isArray() ? author : List.of(author)) {
            (one.isTextual() ? text(one) : text(one.path("name"))).ifPresent(names::add);
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    String publisher() {
        JsonNode publisher = node.path("publisher");
        return (publisher.isTextual() ? text(publisher) : text(publisher.path("name"))).orElse(null);
    }

    String url() {
        JsonNode page = node.path("mainEntityOfPage");
        return text(node.path("url"))
                .or(() -> page.isTextual() ? text(page) : text(page.path("@id")))
                .orElse(null);
    }

    private static Optional<JsonNode> firstArticle(JsonNode node) {
        if (node.isArray()) {
            for (JsonNode item : node) {
                Optional<JsonNode> found = firstArticle(item);
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        }
        if (!node.isObject()) {
            return Optional.empty();
        }
        if (isArticle(node.path("@type"))) {
            return Optional.of(node);
        }
        return firstArticle(node.path("@graph"));
    }

    private static boolean isArticle(JsonNode type) {
        for (JsonNode one : type.isArray() ? type : List.of(type)) {
            if (one.isTextual() && ARTICLE_TYPES.contains(one.asText().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> text(JsonNode value) {
        return value.isTextual() && !value.asText().isBlank() ? Optional.of(value.asText().strip()) : Optional.empty();
    }
}
