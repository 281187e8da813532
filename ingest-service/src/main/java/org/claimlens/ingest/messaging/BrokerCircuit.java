package org.claimlens.ingest.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.common.errors.RetriableException;

/**
 * Lets clients fail fast while Kafka is unreachable: after a run of publications that failed for want of a broker,
 * further ones are refused at once for a while instead of each waiting out the producer's timeouts. The first
 * publication after that pause goes through again; its outcome closes or reopens the circuit.
 */
@ApplicationScoped
public class BrokerCircuit {

    private final int failuresToOpen;
    private final long openNanos;
    private final AtomicInteger consecutiveFailures = new AtomicInteger();
    private final AtomicLong openUntil = new AtomicLong(System.nanoTime());

    public BrokerCircuit(PublishConfig config) {
        this.failuresToOpen = config.circuitFailures();
        this.openNanos = config.circuitOpenFor().toNanos();
    }

    /** Whether a publication may be attempted now. */
    boolean isClosed() {
        return System.nanoTime() - openUntil.get() >= 0;
    }

    void succeeded() {
        consecutiveFailures.set(0);
    }

    /** Counts failures that say the broker is unreachable; a refused record says nothing about the broker. */
    void failed(Throwable failure) {
        if (isUnavailability(failure) && consecutiveFailures.incrementAndGet() >= failuresToOpen) {
            openUntil.set(System.nanoTime() + openNanos);
        }
    }

    private static boolean isUnavailability(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException || t instanceof RetriableException) {
                return true;
            }
        }
        return false;
    }
}
