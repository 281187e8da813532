package org.claimlens.ingest.domain;

/** The document text is larger than the configured limit of UTF-8 bytes. */
public class DocumentTooLargeException extends RuntimeException {

    private final long limitBytes;

    public DocumentTooLargeException(long limitBytes) {
        super("text exceeds the limit of " + limitBytes + " bytes (UTF-8)", null, false, false);
        this.limitBytes = limitBytes;
    }

    public long limitBytes() {
        return limitBytes;
    }
}
