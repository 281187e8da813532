package org.claimlens.ingest.messaging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long a request waits for the broker to acknowledge a {@code DocumentIngested} event, and when not to wait. */
@ConfigMapping(prefix = "claimlens.publish")
public interface PublishConfig {

    /** Upper bound on the wait for the acknowledgement; the client is told to retry after it. */
    @WithDefault("10s")
    Duration timeout();

    /** Consecutive publications failing for want of a broker after which clients are refused at once. */
    @WithDefault("3")
    int circuitFailures();

    /** How long clients are refused at once before a publication is tried again. */
    @WithDefault("5s")
    Duration circuitOpenFor();
}
