package org.claimlens.edge;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** Writes the services' one error body ({@code status}, {@code error}, {@code message}, {@code field}) from Vert.x. */
final class ErrorResponses {

    private ErrorResponses() {
    }

    /** Ends the exchange; the caller adds headers to the response first if it needs any. */
    static void send(RoutingContext context, int status, String message) {
        JsonObject body = new JsonObject()
                .put("status", status)
                .put("error", HttpResponseStatus.valueOf(status).reasonPhrase())
                .put("message", message)
                .putNull("field");
        HttpServerResponse response = context.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json");
        if (hasUnreadBody(context.request())) {
            // the body is not read: closing is the only way not to misread it as the next request
            response.putHeader(HttpHeaders.CONNECTION, "close");
        }
        response.end(body.encode());
    }

    private static boolean hasUnreadBody(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        boolean announced = request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null
                || (length != null && !"0".equals(length));
        return announced && !request.isEnded();
    }
}
