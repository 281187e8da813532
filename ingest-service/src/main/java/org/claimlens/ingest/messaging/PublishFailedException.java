package org.claimlens.ingest.messaging;

/** The broker did not acknowledge an event in time or refused it; the document is not known to be stored. */
public class PublishFailedException extends RuntimeException {

    public PublishFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
