package org.claimlens.ingest.rest;

import jakarta.ws.rs.core.Response;

/** The one error shape of this service; {@code field} names the offending input field, or is null. */
public record ErrorBody(int status, String error, String message, String field) {

    static ErrorBody of(int status, String message, String field) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return new ErrorBody(status, known == null ? "Error" : known.getReasonPhrase(), message, field);
    }
}
