package org.claimlens.edge;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/**
 * Who may call this service and how often, under {@code claimlens.access}. Keys are configured only as SHA-256 hex
 * digests, so neither the configuration nor a leaked environment dump reveals a usable key.
 */
@ConfigMapping(prefix = "claimlens.access")
public interface AccessConfig {

    /** Whether requests to {@link #protectedPaths()} must present an accepted API key. */
    @WithDefault("true")
    boolean enabled();

    /** SHA-256 digests (64 hex characters) of the accepted keys; {@code ./stack hash-key KEY} prints one. */
    Optional<List<String>> apiKeySha256();

    /** Path prefixes that need a key when {@link #enabled()}; paths under {@code /q/} (health, metrics) never do. */
    @WithDefault("/")
    List<String> protectedPaths();

    RateLimit rateLimit();

    /** A token bucket per client (its key when it presented an accepted one, else its IP address). */
    interface RateLimit {

        /** Sustained requests per second one client may make; 0 turns rate limiting off. */
        @WithDefault("0")
        double requestsPerSecond();

        /** Requests a client may make at once after being idle. */
        @WithDefault("20")
        int burst();
    }
}
