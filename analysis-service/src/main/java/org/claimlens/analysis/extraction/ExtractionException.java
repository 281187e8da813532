package org.claimlens.analysis.extraction;

/** The extractor refused or failed to analyse an article; the message says why in words fit for a status row. */
public class ExtractionException extends RuntimeException {

    public ExtractionException(String message) {
        super(message);
    }

    public ExtractionException(String message, Throwable cause) {
        super(message, cause);
    }
}
