package org.claimlens.query.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.claimlens.query.api.DocumentClaim;
import org.claimlens.query.api.DocumentDetail;
import org.claimlens.query.api.DocumentEntity;
import org.claimlens.query.api.DocumentFilter;
import org.claimlens.query.api.DocumentStatus;
import org.claimlens.query.api.DocumentSummary;
import org.claimlens.query.api.Page;
import org.claimlens.query.persistence.ClaimRepository;
import org.claimlens.query.persistence.DocumentRepository;
import org.claimlens.query.persistence.DocumentSourceRepository;
import org.claimlens.query.persistence.MentionRepository;
import org.claimlens.query.api.ErrorBody;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Analysed documents: the list, one document with its text, and what was extracted from it. */
@Path("/documents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Documents")
@APIResponse(responseCode = "400", description = "A parameter is malformed; field names it",
        content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorBody.class)))
public class DocumentResource {

    /** An original page is someone else's HTML: shown inert, never as part of this API's origin. */
    static final String SANDBOX = "sandbox; default-src 'none'; img-src * data:; style-src * 'unsafe-inline'";

    private final DocumentRepository documents;
    private final MentionRepository mentions;
    private final ClaimRepository claims;
    private final DocumentSourceRepository sources;

    public DocumentResource(DocumentRepository documents, MentionRepository mentions, ClaimRepository claims,
                            DocumentSourceRepository sources) {
        this.documents = documents;
        this.mentions = mentions;
        this.claims = claims;
        this.sources = sources;
    }

    @GET
    @Operation(summary = "Documents filtered by metadata, time and full text over title and body",
            description = "Dates are ISO dates (whole UTC days) or date-times with offset; from is inclusive, "
                    + "to includes its day. q uses web-search syntax (\"phrase\", -word, or); a word ending in * "
                    + "is a prefix. sort is ingestedAt, publishedAt or title, - for descending (default "
                    + "-ingestedAt). total is exact up to 1000 matching documents (totalExact true); when more match, "
                    + "total is 1000 and totalExact false.")
    public Page<DocumentSummary> list(@QueryParam("page") String page, @QueryParam("size") String size,
                                      @QueryParam("source") String source, @QueryParam("author") String author,
                                      @QueryParam("language") String language, @QueryParam("status") String status,
                                      @QueryParam("publishedFrom") String publishedFrom,
                                      @QueryParam("publishedTo") String publishedTo,
                                      @QueryParam("ingestedFrom") String ingestedFrom,
                                      @QueryParam("ingestedTo") String ingestedTo,
                                      @QueryParam("q") String q, @QueryParam("sort") String sort) {
        DocumentFilter filter = new DocumentFilter(RequestParams.optionalText("source", source),
                RequestParams.optionalText("author", author), RequestParams.optionalText("language", language),
                RequestParams.optionalEnum("status", status, DocumentStatus.class),
                DateParams.optionalFrom("publishedFrom", publishedFrom),
                DateParams.optionalTo("publishedTo", publishedTo),
                DateParams.optionalFrom("ingestedFrom", ingestedFrom),
                DateParams.optionalTo("ingestedTo", ingestedTo), RequestParams.optionalText("q", q));
        DateParams.requireOrdered(filter.publishedFrom(), filter.publishedTo(), "publishedTo");
        DateParams.requireOrdered(filter.ingestedFrom(), filter.ingestedTo(), "ingestedTo");
        return documents.list(filter, SortParams.documents(sort), RequestParams.page(page, size));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One document with its analysis status, counts, text, sources and near-duplicates",
            description = "The id may also be one that ingest-service answered for a submission whose text was "
                    + "already stored: the answer is then the document holding that text.")
    public DocumentDetail get(@PathParam("id") String id, @Context UriInfo uri) {
        UUID documentId = existingDocument(id);
        String originalUrl = uri.getBaseUriBuilder().path("documents").path(documentId.toString()).path("original")
                .build().toString();
        return documents.findDetail(documentId, sources, originalUrl)
                .orElseThrow(() -> new UnknownResourceException("document", documentId));
    }

    @GET
    @Path("/{id}/original")
    @Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    @Operation(summary = "The page the document's text was extracted from (HTML), as its source sent it",
            description = "Of the earliest source that sent one, or of the source named by the submission id in "
                    + "source. Served sandboxed: scripts do not run and nothing loads from this origin.")
    @APIResponse(responseCode = "404", description = "No such document, or none of its sources sent a page",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorBody.class)))
    public Response original(@PathParam("id") String id, @QueryParam("source") String source) {
        UUID documentId = existingDocument(id);
        UUID submission = source == null ? null : RequestParams.uuid("source", source);
        DocumentSourceRepository.Original page = sources.original(documentId, submission)
                .orElseThrow(() -> new UnknownResourceException("original page of document", documentId));
        return Response.ok(page.content(), MediaType.valueOf(page.mediaType()).withCharset("UTF-8"))
                .header("Content-Security-Policy", SANDBOX)
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @GET
    @Path("/{id}/entities")
    @Operation(summary = "The document's canonical entities with their mentions, by first mention")
    public List<DocumentEntity> entities(@PathParam("id") String id) {
        return mentions.entitiesOf(existingDocument(id));
    }

    @GET
    @Path("/{id}/claims")
    @Operation(summary = "The document's claims in text order")
    public List<DocumentClaim> claims(@PathParam("id") String id) {
        return claims.forDocument(existingDocument(id));
    }

    /** The document named by the id, or holding the text of the submission with that id. */
    private UUID existingDocument(String id) {
        UUID requested = RequestParams.uuid("id", id);
        return sources.resolve(requested).orElseThrow(() -> new UnknownResourceException("document", requested));
    }
}
