package org.claimlens.query.rest;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.claimlens.query.api.ClaimDetail;
import org.claimlens.query.api.Page;
import org.claimlens.query.api.SimilarClaims;
import org.claimlens.query.persistence.ClaimRepository;
import org.claimlens.query.persistence.SimilarClaimRepository;
import org.claimlens.query.api.ErrorBody;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Claims across all documents: filtered search, one claim by id, and the same claim in other documents. */
@Path("/claims")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Claims")
@APIResponse(responseCode = "400", description = "A parameter is malformed; field names it",
        content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorBody.class)))
public class ClaimResource {

    static final double DEFAULT_SIMILARITY = 0.5;

    private final ClaimRepository claims;
    private final SimilarClaimRepository similar;

    public ClaimResource(ClaimRepository claims, SimilarClaimRepository similar) {
        this.claims = claims;
        this.similar = similar;
    }

    @GET
    @Operation(summary = "Claims filtered by words in their content, entity, claimant, kind, document and time",
            description = "q uses web-search syntax, a word ending in * is a prefix; entity matches claims by or "
                    + "about the entity, claimant only claims it made; kind is DIRECT_QUOTE, INDIRECT or AUTHOR; "
                    + "from/to (ISO date or date-time) bound the document's publication time, else ingestion time; "
                    + "certainty, minCheckWorthiness (0..1), checkWorthy, source (the document's) and claimantType "
                    + "(PERSON, ORGANIZATION, ...) narrow further. Newest documents first, then text order. total "
                    + "is exact up to 1000 matching claims (totalExact true); when more match, total is 1000 and "
                    + "totalExact false.")
    public Page<ClaimDetail> search(@BeanParam ClaimParams filter, @QueryParam("page") String page,
                                    @QueryParam("size") String size) {
        return claims.search(filter.toFilter(), RequestParams.page(page, size));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One claim with its document")
    public ClaimDetail get(@PathParam("id") String id) {
        long claimId = RequestParams.id("id", id);
        return claims.findDetail(claimId).orElseThrow(() -> new UnknownResourceException("claim", claimId));
    }

    @GET
    @Path("/{id}/similar")
    @Operation(summary = "The same assertion repeated or paraphrased in other documents",
            description = "Claims sharing at least 3 of this claim's 4 rarest words (all of them if it has 3 or "
                    + "fewer; at most 2000 such candidates are compared) whose trigram similarity of content is at "
                    + "least threshold (0.1 to 1, default 0.5), most similar first, at most 50; firstCarriedBy is "
                    + "the earliest document (published, else ingested) among this claim's and theirs.")
    public SimilarClaims similar(@PathParam("id") String id, @QueryParam("threshold") String threshold) {
        long claimId = RequestParams.id("id", id);
        double minimum = RequestParams.doubleInRange("threshold", threshold, DEFAULT_SIMILARITY, 0.1, 1.0);
        return similar.similarTo(claimId, minimum)
                .orElseThrow(() -> new UnknownResourceException("claim", claimId));
    }
}
