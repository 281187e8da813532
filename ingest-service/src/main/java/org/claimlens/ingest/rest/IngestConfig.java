package org.claimlens.ingest.rest;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Limits of what {@code POST /documents} accepts, and what it tells clients when Kafka is unavailable. */
@ConfigMapping(prefix = "claimlens.ingest")
public interface IngestConfig {

    /** Largest accepted text, in UTF-8 bytes (1 MiB by default). */
    @WithDefault("1048576")
    long maxTextBytes();

    /** Largest accepted original (the HTML page a text was extracted from), in UTF-8 bytes (4 MiB by default). */
    @WithDefault("4194304")
    long maxOriginalBytes();

    /** Most documents one NDJSON request may carry. */
    @WithDefault("1000")
    int maxBatchLines();

    /** Sent as {@code Retry-After} with a 503 when Kafka did not acknowledge. */
    @WithDefault("5s")
    Duration retryAfter();
}
