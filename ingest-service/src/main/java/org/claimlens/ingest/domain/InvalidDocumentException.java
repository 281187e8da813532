package org.claimlens.ingest.domain;

/** A submitted document breaks a rule; {@link #field()} names the offending field, or is null for the whole body. */
public class InvalidDocumentException extends RuntimeException {

    private final String field;

    public InvalidDocumentException(String field, String message) {
        super(message, null, false, false);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
