package org.claimlens.analysis.messaging;

/** A record on the topic that is not a {@code DocumentIngested} this service understands. */
public class UnreadableEventException extends RuntimeException {

    public UnreadableEventException(String message) {
        super(message);
    }
}
