package org.claimlens.ingest.domain;

/** A part of the document is larger than its configured limit of UTF-8 bytes; {@link #field()} names it. */
public class DocumentTooLargeException extends RuntimeException {

    private final String field;
    private final long limitBytes;

    public DocumentTooLargeException(long limitBytes) {
        this("text", limitBytes);
    }

    public DocumentTooLargeException(String field, long limitBytes) {
        super(field + " exceeds the limit of " + limitBytes + " bytes (UTF-8)", null, false, false);
        this.field = field;
        this.limitBytes = limitBytes;
    }

    public String field() {
        return field;
    }

    public long limitBytes() {
        return limitBytes;
    }
}
