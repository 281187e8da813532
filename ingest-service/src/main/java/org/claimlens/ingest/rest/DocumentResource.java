package org.claimlens.ingest.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import org.claimlens.ingest.domain.DocumentSubmission;
import org.claimlens.ingest.domain.DocumentTooLargeException;
import org.claimlens.ingest.domain.InvalidDocumentException;
import org.claimlens.ingest.html.HtmlArticle;
import org.claimlens.ingest.html.HtmlArticleExtractor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Where documents enter ClaimLens. One path, {@code POST /documents}, dispatched on the content type (JSON, plain
 * text, HTML or an NDJSON batch), so clients need only one URL and the batch form is a representation, not a resource.
 * Every form answers only after Kafka acknowledged the {@code DocumentIngested} event.
 */
@Path("/documents")
@Tag(name = "documents", description = "Submit documents for entity and claim extraction")
public class DocumentResource {

    static final String NDJSON = "application/x-ndjson";
    static final String IDENTITY_RULE = "The id is derived from externalId when given, otherwise from the normalised"
            + " text (NFC, LF line endings, collapsed spaces, trimmed), so posting the same document again yields the"
            + " same id and publishes it again. Page debris lines are removed first; a text already stored under"
            + " another id becomes another source of that document.";
    static final List<String> ACCEPTED_TYPES = List.of(MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN,
            MediaType.TEXT_HTML, NDJSON);

    private final HtmlArticleExtractor html = new HtmlArticleExtractor();

    private final DocumentIngestion ingestion;
    private final BatchIngestion batch;
    private final QueryServiceConfig query;
    private final ObjectMapper mapper;
    private final IngestConfig config;

    public DocumentResource(DocumentIngestion ingestion, BatchIngestion batch, QueryServiceConfig query,
            ObjectMapper mapper, IngestConfig config) {
        this.ingestion = ingestion;
        this.batch = batch;
        this.query = query;
        this.mapper = mapper;
        this.config = config;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit one document as JSON; 202 once Kafka holds it", description = IDENTITY_RULE)
    public Uni<Response> submitJson(DocumentRequest request) {
        return accept(DocumentRequest.submissionOf(request));
    }

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit UTF-8 text; metadata from query parameters or X- headers",
            description = IDENTITY_RULE)
    public Uni<Response> submitText(byte[] body, @Context UriInfo uri, @Context HttpHeaders headers) {
        String text = BodyDecoder.text(body, headers.getMediaType());
        return accept(new PlainTextMetadata(uri, headers).withText(text));
    }

    @POST
    @Consumes(MediaType.TEXT_HTML)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit an HTML page; its article body is analysed, the page is kept as the original",
            description = "Navigation, comments, share widgets, scripts and ads are dropped. Title, author, "
                    + "publication date, site name (as source) and canonical URL come from JSON-LD, meta tags and "
                    + "the page, unless given as query parameters or X- headers. " + IDENTITY_RULE)
    @Blocking // parsing a page of megabytes must not hold an event-loop thread
    public Uni<Response> submitHtml(byte[] body, @Context UriInfo uri, @Context HttpHeaders headers) {
        if (body.length > config.maxOriginalBytes()) {
            // refused before parsing: the page is not read at all
            throw new DocumentTooLargeException("original", config.maxOriginalBytes());
        }
        String page = BodyDecoder.html(body, headers.getMediaType());
        HtmlArticle article = html.extract(page, uri.getQueryParameters().getFirst("url"));
        if (article.text().isBlank()) {
            throw new InvalidDocumentException("text", "no article text found in the HTML page");
        }
        return accept(new PlainTextMetadata(uri, headers).withHtml(article, page));
    }

    @POST
    @Consumes(NDJSON)
    @Produces(NDJSON)
    @Operation(summary = "Submit a batch, one JSON document per line; one result line per document")
    public Uni<Response> submitBatch(String body) {
        return batch.ingest(body).map(results -> Response.ok(toNdjson(results), NDJSON).build());
    }

    private Uni<Response> accept(DocumentSubmission submission) {
        return ingestion.ingest(submission).map(event -> {
            DocumentLinks links = DocumentLinks.of(query.baseUrl(), event.documentId());
            AcceptedDocument body = new AcceptedDocument(event.documentId(), event.eventId(), event.contentHash(),
                    AcceptedDocument.ACCEPTED, links);
            return Response.accepted(body).location(URI.create(links.document())).build();
        });
    }

    private String toNdjson(List<BatchLineResult> results) {
        StringBuilder out = new StringBuilder();
        try {
            for (BatchLineResult result : results) {
                out.append(mapper.writeValueAsString(result)).append('\n');
            }
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
