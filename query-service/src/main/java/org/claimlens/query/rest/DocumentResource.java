package org.claimlens.query.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
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

    private final DocumentRepository documents;
    private final MentionRepository mentions;
    private final ClaimRepository claims;

    public DocumentResource(DocumentRepository documents, MentionRepository mentions, ClaimRepository claims) {
        this.documents = documents;
        this.mentions = mentions;
        this.claims = claims;
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
    @Operation(summary = "One document with its analysis status, counts and text")
    public DocumentDetail get(@PathParam("id") String id) {
        UUID documentId = RequestParams.uuid("id", id);
        return documents.findDetail(documentId)
                .orElseThrow(() -> new UnknownResourceException("document", documentId));
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

    private UUID existingDocument(String id) {
        UUID documentId = RequestParams.uuid("id", id);
        if (!documents.exists(documentId)) {
            throw new UnknownResourceException("document", documentId);
        }
        return documentId;
    }
}
