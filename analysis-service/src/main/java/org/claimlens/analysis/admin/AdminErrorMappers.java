package org.claimlens.analysis.admin;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.claimlens.analysis.messaging.ReprocessNotPublishedException;
import org.claimlens.analysis.processing.TransientDatabaseFailures;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Gives every failure of the operator API the one {@link ErrorBody}, without internals. */
public class AdminErrorMappers {

    private static final Logger LOG = Logger.getLogger(AdminErrorMappers.class);
    static final int RETRY_AFTER_SECONDS = 10;

    @ServerExceptionMapper
    public Response invalid(InvalidRequestException e) {
        return respond(e.status(), e.getMessage(), e.field());
    }

    @ServerExceptionMapper
    public Response notPublished(ReprocessNotPublishedException e) {
        LOG.warnf("Answering 503: %s (%s)", e.getMessage(), String.valueOf(e.getCause()));
        return Response.fromResponse(respond(503, e.getMessage() + "; please retry", null))
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
    }

    /** Unknown paths, wrong methods and content types, and other protocol errors the framework raises. */
    @ServerExceptionMapper
    public Response protocol(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        String message = switch (status) {
            case 404 -> "No resource at /" + uri.getPath().replaceFirst("^/", "");
            case 405 -> "Method not allowed on /" + uri.getPath().replaceFirst("^/", "");
            case 415 -> "Send the request as application/json";
            default -> e.getResponse().getStatusInfo().getReasonPhrase();
        };
        return respond(status, message, null);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        if (TransientDatabaseFailures.isTransient(e)) {
            LOG.warnf("Answering 503, the database is unavailable: %s", String.valueOf(e));
            return Response.fromResponse(respond(503, "The database is unavailable; please retry", null))
                    .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
        }
        LOG.error("Unexpected error while handling an operator request", e);
        return respond(500, "Unexpected error; it has been logged", null);
    }

    private static Response respond(int status, String message, String field) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorBody(status, known == null ? "Error" : known.getReasonPhrase(), message, field))
                .build();
    }
}
