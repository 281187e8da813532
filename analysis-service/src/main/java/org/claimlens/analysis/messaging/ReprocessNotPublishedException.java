package org.claimlens.analysis.messaging;

/** Kafka did not take the requested re-runs; none, some or all may still be processed, harmlessly. */
public class ReprocessNotPublishedException extends RuntimeException {

    public ReprocessNotPublishedException(String message, Throwable cause) {
        super(message, cause);
    }
}
