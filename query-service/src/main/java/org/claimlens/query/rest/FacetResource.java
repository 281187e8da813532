package org.claimlens.query.rest;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.claimlens.query.api.ClaimFacets;
import org.claimlens.query.persistence.FacetRepository;
import org.claimlens.query.api.ErrorBody;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Counts that let a client show how the claims matching its filters divide up. */
@Path("/facets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Claims")
@APIResponse(responseCode = "400", description = "A parameter is malformed; field names it",
        content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorBody.class)))
public class FacetResource {

    private final FacetRepository facets;

    public FacetResource(FacetRepository facets) {
        this.facets = facets;
    }

    @GET
    @Operation(summary = "Counts of matching claims by kind, certainty, document source and claimant entity type",
            description = "Takes the filters of GET /claims; at "
                    + "most 50 values per facet, most frequent first.")
    public ClaimFacets facets(@BeanParam ClaimParams filter) {
        return facets.facets(filter.toFilter());
    }
}
