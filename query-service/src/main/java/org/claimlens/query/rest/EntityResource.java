package org.claimlens.query.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.claimlens.query.api.EntityDetail;
import org.claimlens.query.api.EntityFacets;
import org.claimlens.query.api.EntityFilter;
import org.claimlens.query.api.EntitySummary;
import org.claimlens.query.api.EntityType;
import org.claimlens.query.api.Page;
import org.claimlens.query.persistence.EntityRepository;
import org.claimlens.query.api.ErrorBody;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Canonical entities across all documents: search by name or alias, and one entity in detail. */
@Path("/entities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Entities")
@APIResponse(responseCode = "400", description = "A parameter is malformed; field names it",
        content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorBody.class)))
public class EntityResource {

    private final EntityRepository entities;

    public EntityResource(EntityRepository entities) {
        this.entities = entities;
    }

    @GET
    @Operation(summary = "Entities whose name or an alias starts with q, ignoring case and accents",
            description = "sort is mentions (default), documents or name.")
    public Page<EntitySummary> search(@QueryParam("q") String q, @QueryParam("type") String type,
                                      @QueryParam("sort") String sort,
                                      @QueryParam("page") String page, @QueryParam("size") String size) {
        EntityFilter filter = new EntityFilter(RequestParams.optionalText("q", q),
                RequestParams.optionalEnum("type", type, EntityType.class), SortParams.entities(sort));
        return entities.search(filter, RequestParams.page(page, size));
    }

    @GET
    @Path("/facets")
    @Operation(summary = "How many entities whose name or an alias starts with q there are of each type")
    public EntityFacets facets(@QueryParam("q") String q) {
        return entities.facets(RequestParams.optionalText("q", q));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One entity with aliases, counts, first and last seen, recent documents, the 10 entities "
            + "sharing most documents with it, and up to 20 claims by it and 20 about it, with totals")
    public EntityDetail get(@PathParam("id") String id) {
        long entityId = RequestParams.id("id", id);
        return entities.findDetail(entityId).orElseThrow(() -> new UnknownResourceException("entity", entityId));
    }
}
