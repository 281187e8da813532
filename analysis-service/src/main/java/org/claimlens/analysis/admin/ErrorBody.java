package org.claimlens.analysis.admin;

/** The one error shape of the operator API; {@code field} names the offending request field, or is null. */
public record ErrorBody(int status, String error, String message, String field) {
}
