package org.claimlens.ingest.rest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Gives the errors that the framework raises (unknown path, wrong method or content type, unreadable JSON,
 * constraint violations, anything unexpected) the same {@link ErrorBody} as our own, without internals.
 */
public class RequestErrorMappers {

    private static final Logger LOG = Logger.getLogger(RequestErrorMappers.class);

    private final IngestMetrics metrics;

    public RequestErrorMappers(IngestMetrics metrics) {
        this.metrics = metrics;
    }

    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e) {
        return unreadableJson(e);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri, Request request, HttpHeaders headers) {
        if (e.getCause() instanceof JacksonException unreadable) {
            return unreadableJson(unreadable);
        }
        int status = e.getResponse().getStatus();
        String message = switch (status) {
            case 404 -> "No resource at " + uri.getPath();
            case 405 -> "Method " + request.getMethod() + " is not allowed on " + uri.getPath();
            case 406 -> "No acceptable representation; this resource produces JSON (NDJSON for batches)";
            case 415 -> "Content type '" + headers.getMediaType() + "' is not supported; send one of "
                    + String.join(", ", DocumentResource.ACCEPTED_TYPES);
            default -> e.getResponse().getStatusInfo().getReasonPhrase();
        };
        return DocumentErrorMappers.respond(ErrorBody.of(status, message, null));
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e) {
        ConstraintViolation<?> first = e.getConstraintViolations().stream().findFirst().orElse(null);
        if (first == null) {
            return DocumentErrorMappers.respond(ErrorBody.of(400, "The request is not valid", null));
        }
        String field = lastNode(first.getPropertyPath());
        return DocumentErrorMappers.respond(ErrorBody.of(400, field + " " + first.getMessage(), field));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        LOG.error("Unexpected error while handling a request", e);
        return DocumentErrorMappers.respond(ErrorBody.of(500, "Unexpected error; it has been logged", null));
    }

    private Response unreadableJson(JacksonException e) {
        metrics.rejected("malformed");
        return DocumentErrorMappers.respond(DocumentFailures.describe(e));
    }

    private static String lastNode(Path path) {
        String name = null;
        for (Path.Node node : path) {
            name = node.getName();
        }
        return name;
    }
}
