package org.claimlens.ingest.rest;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/** Counts documents accepted and rejected ({@code claimlens.ingest.documents}, tags {@code outcome}, {@code reason}). */
@ApplicationScoped
public class IngestMetrics {

    static final String DOCUMENTS = "claimlens.ingest.documents";

    private final MeterRegistry registry;

    public IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void accepted() {
        registry.counter(DOCUMENTS, "outcome", "accepted", "reason", "none").increment();
    }

    /** @param reason {@code invalid}, {@code malformed}, {@code too_large} or {@code unavailable} */
    void rejected(String reason) {
        registry.counter(DOCUMENTS, "outcome", "rejected", "reason", reason).increment();
    }
}
