package org.claimlens.query.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.claimlens.query.api.ErrorBody;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure into the one {@link ErrorBody}; nothing about the server's internals reaches a client. */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    @ServerExceptionMapper
    public Response invalidParameter(InvalidParameterException e) {
        return error(Response.Status.BAD_REQUEST, e.getMessage(), e.parameter());
    }

    @ServerExceptionMapper
    public Response unknownResource(UnknownResourceException e) {
        return error(Response.Status.NOT_FOUND, e.getMessage(), null);
    }

    /** Unknown paths (404), wrong methods (405) and other protocol errors the framework raises. */
    @ServerExceptionMapper
    public Response protocolError(WebApplicationException e, UriInfo uri) {
        Response original = e.getResponse();
        Response.StatusType status = original.getStatusInfo();
        String message = switch (status.getStatusCode()) {
            case 404 -> "no resource at " + path(uri);
            case 405 -> "method not allowed on " + path(uri);
            default -> status.getReasonPhrase();
        };
        return Response.fromResponse(original)
                .entity(new ErrorBody(status.getStatusCode(), status.getReasonPhrase(), message, null))
                .type(MediaType.APPLICATION_JSON_TYPE)
                .build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        LOG.error("Request failed", e);
        return error(Response.Status.INTERNAL_SERVER_ERROR, "the request could not be completed", null);
    }

    private static String path(UriInfo uri) {
        String path = uri.getPath();
        return path.startsWith("/") ? path : "/" + path;
    }

    private static Response error(Response.Status status, String message, String field) {
        return Response.status(status)
                .entity(new ErrorBody(status.getStatusCode(), status.getReasonPhrase(), message, field))
                .type(MediaType.APPLICATION_JSON_TYPE)
                .build();
    }
}
