package org.claimlens.query.rest;

import jakarta.ws.rs.QueryParam;
import org.claimlens.query.api.ClaimCertainty;
import org.claimlens.query.api.ClaimFilter;
import org.claimlens.query.api.ClaimKind;
import org.claimlens.query.api.EntityType;

/** The claim filters shared by search, facets and export, bound from the query string with {@code @BeanParam}. */
public class ClaimParams {

    @QueryParam("q")
    String q;
    @QueryParam("entity")
    String entity;
    @QueryParam("claimant")
    String claimant;
    @QueryParam("kind")
    String kind;
    @QueryParam("document")
    String document;
    @QueryParam("from")
    String from;
    @QueryParam("to")
    String to;
    @QueryParam("certainty")
    String certainty;
    @QueryParam("minCheckWorthiness")
    String minCheckWorthiness;
    @QueryParam("checkWorthy")
    String checkWorthy;
    @QueryParam("source")
    String source;
    @QueryParam("claimantType")
    String claimantType;

    ClaimFilter toFilter() {
        ClaimFilter filter = new ClaimFilter(RequestParams.optionalText("q", q),
                RequestParams.optionalId("entity", entity), RequestParams.optionalId("claimant", claimant),
                RequestParams.optionalEnum("kind", kind, ClaimKind.class),
                document == null || document.isBlank() ? null : RequestParams.uuid("document", document.trim()),
                DateParams.optionalFrom("from", from), DateParams.optionalTo("to", to),
                RequestParams.optionalEnum("certainty", certainty, ClaimCertainty.class),
                RequestParams.optionalDoubleInRange("minCheckWorthiness", minCheckWorthiness, 0, 1),
                RequestParams.optionalBoolean("checkWorthy", checkWorthy),
                RequestParams.optionalText("source", source),
                RequestParams.optionalEnum("claimantType", claimantType, EntityType.class));
        DateParams.requireOrdered(filter.from(), filter.to(), "to");
        return filter;
    }
}
