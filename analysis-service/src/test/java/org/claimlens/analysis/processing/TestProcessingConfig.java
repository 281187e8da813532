package org.claimlens.analysis.processing;

import java.time.Duration;
import org.claimlens.analysis.config.ProcessingConfig;

/** A {@link ProcessingConfig} with the given deadline and retry timing, for the plain unit tests. */
record TestProcessingConfig(Duration extractionTimeout, Duration initialDelay, Duration maxDelay, Duration giveUpAfter)
        implements ProcessingConfig {

    static TestProcessingConfig withTimeout(Duration timeout) {
        return new TestProcessingConfig(timeout, Duration.ofMillis(10), Duration.ofMillis(40), Duration.ofSeconds(5));
    }

    static TestProcessingConfig withRetry(Duration initial, Duration max, Duration giveUpAfter) {
        return new TestProcessingConfig(Duration.ofSeconds(5), initial, max, giveUpAfter);
    }

    @Override
    public int maxRunawayExtractions() {
        return 1;
    }

    @Override
    public DatabaseRetry databaseRetry() {
        return new DatabaseRetry() {
            @Override
            public Duration initialDelay() {
                return initialDelay;
            }

            @Override
            public Duration maxDelay() {
                return maxDelay;
            }

            @Override
            public Duration giveUpAfter() {
                return giveUpAfter;
            }
        };
    }
}
