package org.claimlens.ingest.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.claimlens.ingest.domain.DocumentSubmission;
import org.claimlens.ingest.domain.Original;
import org.claimlens.ingest.html.HtmlArticle;

/**
 * Metadata of a {@code text/plain} or {@code text/html} submission, from query parameters or {@code X-} headers; the
 * query parameter wins, and for HTML both win over what the page declares. Headers carry only ASCII reliably, so
 * clients should send non-ASCII titles as (percent-encoded) parameters.
 */
final class PlainTextMetadata {

    private final UriInfo uri;
    private final HttpHeaders headers;

    PlainTextMetadata(UriInfo uri, HttpHeaders headers) {
        this.uri = uri;
        this.headers = headers;
    }

    DocumentSubmission withText(String text) {
        return new DocumentSubmission(
                text,
                value("title", "X-Title"),
                value("url", "X-Url"),
                value("source", "X-Source"),
                value("author", "X-Author"),
                value("publishedAt", "X-Published-At"),
                value("externalId", "X-External-Id"));
    }

    /** The page's extracted text with the client's metadata, falling back on the page's own. */
    DocumentSubmission withHtml(HtmlArticle page, String html) {
        return new DocumentSubmission(
                page.text(),
                orElse(value("title", "X-Title"), page.title()),
                orElse(value("url", "X-Url"), page.canonicalUrl()),
                orElse(value("source", "X-Source"), page.siteName()),
                orElse(value("author", "X-Author"), page.author()),
                orElse(value("publishedAt", "X-Published-At"),
                        page.publishedAt() == null ? null : page.publishedAt().toString()),
                value("externalId", "X-External-Id"),
                new Original(MediaType.TEXT_HTML, html));
    }

    private static String orElse(String given, String fallback) {
        return given == null || given.isBlank() ? fallback : given;
    }

    private String value(String queryParameter, String header) {
        String fromQuery = uri.getQueryParameters().getFirst(queryParameter);
        return fromQuery != null ? fromQuery : headers.getHeaderString(header);
    }
}
