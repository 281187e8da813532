package org.claimlens.ingest.rest;

import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

/** Test-only endpoint with a Bean Validation constraint, to prove violations get the common error body. */
@Path("/test-probe/constraints")
public class ConstraintProbeResource {

    @GET
    public String probe(@QueryParam("limit") @Min(1) int limit) {
        return "ok";
    }
}
