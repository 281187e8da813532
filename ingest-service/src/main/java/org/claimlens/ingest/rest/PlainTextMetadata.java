package org.claimlens.ingest.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import org.claimlens.ingest.domain.DocumentSubmission;

/**
 * Metadata of a {@code text/plain} submission, from query parameters or {@code X-} headers; the query parameter
 * wins. Headers carry only ASCII reliably, so clients should send non-ASCII titles as (percent-encoded) parameters.
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

    private String value(String queryParameter, String header) {
        String fromQuery = uri.getQueryParameters().getFirst(queryParameter);
        return fromQuery != null ? fromQuery : headers.getHeaderString(header);
    }
}
