package org.claimlens.analysis.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long one document may take, and how the consumer waits out a database outage; {@code claimlens.processing}. */
@ConfigMapping(prefix = "claimlens.processing")
public interface ProcessingConfig {

    /** Extraction still running after this is stopped; the document is marked FAILED and dead-lettered. */
    @WithDefault("30s")
    Duration extractionTimeout();

    /** Extractions that ignored being stopped and still run; beyond this many, liveness reports DOWN. */
    @WithDefault("4")
    int maxRunawayExtractions();

    DatabaseRetry databaseRetry();

    /**
     * Transient database failures are retried with exponential backoff. Past {@link #giveUpAfter()} the consumer
     * stops (health DOWN) without dead-lettering anything; the uncommitted document is delivered again after a restart.
     */
    interface DatabaseRetry {

        /** Wait before the first retry; each further wait doubles. */
        @WithDefault("250ms")
        Duration initialDelay();

        /** The longest wait between two attempts. */
        @WithDefault("10s")
        Duration maxDelay();

        /** How long one database call is retried before the consumer gives up. */
        @WithDefault("10m")
        Duration giveUpAfter();
    }
}
