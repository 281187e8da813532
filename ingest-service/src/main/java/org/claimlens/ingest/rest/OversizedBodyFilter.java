package org.claimlens.ingest.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.UncheckedIOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses bodies whose declared length exceeds {@code quarkus.http.limits.max-body-size} with the common error
 * body; the HTTP layer itself would answer 413 with an empty body. Chunked bodies without a length still get that.
 */
@ApplicationScoped
public class OversizedBodyFilter {

    private final long maxBodyBytes;
    private final String tooLargeJson;

    public OversizedBodyFilter(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBody,
            ObjectMapper mapper) {
        this.maxBodyBytes = maxBody.asLongValue();
        ErrorBody body = ErrorBody.of(413, "The request body exceeds the limit of " + maxBodyBytes + " bytes", null);
        try {
            this.tooLargeJson = mapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::check);
    }

    private void check(RoutingContext context) {
        String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && declaredLength(declared) > maxBodyBytes) {
            // close: the client may still be sending the body we refuse to read
            context.response().setStatusCode(413)
                    .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(tooLargeJson);
        } else {
            context.next();
        }
    }

    private static long declaredLength(String header) {
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return -1; // not ours to judge; the HTTP layer rejects malformed lengths
        }
    }
}
