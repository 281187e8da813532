package org.claimlens.query.api;

/** The one body of every error response; {@code field} names the offending parameter, if any. */
public record ErrorBody(int status, String error, String message, String field) {
}
