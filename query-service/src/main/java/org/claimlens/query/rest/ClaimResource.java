package org.claimlens.query.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.claimlens.query.api.ClaimDetail;
import org.claimlens.query.api.ClaimFilter;
import org.claimlens.query.api.Page;
import org.claimlens.query.persistence.ClaimRepository;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Claims across all documents: full-text and entity search, and one claim by id. */
@Path("/claims")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Claims")
public class ClaimResource {

    private final ClaimRepository claims;

    public ClaimResource(ClaimRepository claims) {
        this.claims = claims;
    }

    @GET
    @Operation(summary = "Claims matching words in their content (web-search syntax) and/or by or about an entity")
    public Page<ClaimDetail> search(@QueryParam("q") String q, @QueryParam("entity") String entity,
                                    @QueryParam("page") String page, @QueryParam("size") String size) {
        ClaimFilter filter = new ClaimFilter(RequestParams.optionalText("q", q),
                RequestParams.optionalId("entity", entity));
        return claims.search(filter, RequestParams.page(page, size));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One claim with its document")
    public ClaimDetail get(@PathParam("id") String id) {
        long claimId = RequestParams.id("id", id);
        return claims.findDetail(claimId).orElseThrow(() -> new UnknownResourceException("claim", claimId));
    }
}
