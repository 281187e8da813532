package org.claimlens.query.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.claimlens.query.api.Timeline;
import org.claimlens.query.api.TimelineInterval;
import org.claimlens.query.api.TimelineQuery;
import org.claimlens.query.persistence.TimelineRepository;
import org.claimlens.query.api.ErrorBody;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** How coverage of an entity or a topic develops over time. */
@Path("/timeline")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Timeline")
@APIResponse(responseCode = "400", description = "A parameter is malformed; field names it",
        content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorBody.class)))
public class TimelineResource {

    private final TimelineRepository timelines;

    public TimelineResource(TimelineRepository timelines) {
        this.timelines = timelines;
    }

    @GET
    @Operation(summary = "Documents, claims and mentions per day or week for an entity or for words",
            description = "Give exactly one of entity (id) or q (web-search syntax, word* for a prefix). interval "
                    + "is day (default) or week; from/to (ISO date or date-time) bound the document's publication "
                    + "time, else ingestion time. At most 366 buckets, the most recent; truncated says if older "
                    + "ones were left out.")
    public Timeline timeline(@QueryParam("entity") String entity, @QueryParam("q") String q,
                             @QueryParam("interval") String interval, @QueryParam("from") String from,
                             @QueryParam("to") String to) {
        Long entityId = RequestParams.optionalId("entity", entity);
        String text = RequestParams.optionalText("q", q);
        if ((entityId == null) == (text == null)) {
            throw new InvalidParameterException(entityId == null ? "entity" : "q",
                    "give exactly one of entity or q");
        }
        TimelineInterval unit = RequestParams.optionalEnum("interval", interval, TimelineInterval.class);
        TimelineQuery query = new TimelineQuery(entityId, text, unit == null ? TimelineInterval.DAY : unit,
                DateParams.optionalFrom("from", from), DateParams.optionalTo("to", to));
        DateParams.requireOrdered(query.from(), query.to(), "to");
        return timelines.timeline(query);
    }
}
