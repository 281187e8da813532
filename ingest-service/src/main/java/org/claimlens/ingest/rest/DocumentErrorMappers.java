package org.claimlens.ingest.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.claimlens.ingest.domain.DocumentTooLargeException;
import org.claimlens.ingest.domain.InvalidDocumentException;
import org.claimlens.ingest.messaging.PublishFailedException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns the failures of document ingestion into {@link ErrorBody} responses. */
public class DocumentErrorMappers {

    private static final Logger LOG = Logger.getLogger(DocumentErrorMappers.class);

    private final IngestConfig config;

    public DocumentErrorMappers(IngestConfig config) {
        this.config = config;
    }

    @ServerExceptionMapper
    public Response invalid(InvalidDocumentException e) {
        return respond(DocumentFailures.describe(e));
    }

    @ServerExceptionMapper
    public Response tooLarge(DocumentTooLargeException e) {
        return respond(DocumentFailures.describe(e));
    }

    @ServerExceptionMapper
    public Response batchRejected(BatchRejectedException e) {
        return respond(ErrorBody.of(e.status(), e.getMessage(), null));
    }

    @ServerExceptionMapper
    public Response unavailable(PublishFailedException e) {
        LOG.warnf("Answering 503: %s (%s)", e.getMessage(), String.valueOf(e.getCause()));
        return Response.fromResponse(respond(DocumentFailures.describe(e)))
                .header(HttpHeaders.RETRY_AFTER, Math.max(1, config.retryAfter().toSeconds()))
                .build();
    }

    static Response respond(ErrorBody body) {
        return Response.status(body.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
