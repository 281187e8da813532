package org.claimlens.analysis.processing;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.function.Supplier;
import org.claimlens.analysis.config.ProcessingConfig;
import org.jboss.logging.Logger;

/**
 * Runs a database call, waiting out transient failures (see {@link TransientDatabaseFailures}) with exponential
 * backoff: the consumer thread simply pauses, its partition's records stay unacknowledged, and nothing is
 * dead-lettered for the outage. A failure that is not recognisably transient is still waited out when the database
 * does not answer the {@link DatabaseProbe} (a commit broken by the outage loses its SQL cause on the way up).
 * Other failures are the document's and pass through at once.
 */
@ApplicationScoped
public class DatabaseRetry {

    private static final Logger LOG = Logger.getLogger(DatabaseRetry.class);

    private final Duration initialDelay;
    private final Duration maxDelay;
    private final Duration giveUpAfter;
    private final Counter retries;
    private final DatabaseProbe probe;

    public DatabaseRetry(ProcessingConfig config, MeterRegistry registry, DatabaseProbe probe) {
        this.probe = probe;
        this.initialDelay = config.databaseRetry().initialDelay();
        this.maxDelay = config.databaseRetry().maxDelay();
        this.giveUpAfter = config.databaseRetry().giveUpAfter();
        this.retries = registry.counter("claimlens.database.retries");
    }

    /**
     * The result of {@code call}, retried while it fails transiently.
     *
     * @param what what the call does, for the log ("writing the analysis")
     * @throws DatabaseUnavailableException when the database stayed away longer than the retry budget
     */
    public <T> T call(String what, Supplier<T> call) {
        long deadline = System.nanoTime() + giveUpAfter.toNanos();
        Duration delay = initialDelay;
        for (int attempt = 1; ; attempt++) {
            try {
                T result = call.get();
                if (attempt > 1) {
                    LOG.infof("The database answered again while %s, after %d attempts", what, attempt);
                }
                return result;
            } catch (RuntimeException e) {
                if (e instanceof DatabaseUnavailableException || !isOutage(e)) {
                    throw e;
                }
                if (System.nanoTime() + delay.toNanos() - deadline > 0) {
                    throw new DatabaseUnavailableException("the database was unavailable for more than "
                            + giveUpAfter + " while " + what, e);
                }
                retries.increment();
                LOG.warnf("The database is unavailable while %s (%s); attempt %d, retrying in %d ms", what,
                        rootMessage(e), attempt, delay.toMillis());
                pause(delay, what, e);
                delay = delay.multipliedBy(2).compareTo(maxDelay) > 0 ? maxDelay : delay.multipliedBy(2);
            }
        }
    }

    private boolean isOutage(RuntimeException failure) {
        if (TransientDatabaseFailures.isTransient(failure)) {
            return true;
        }
        if (TransientDatabaseFailures.isFailureOfTheData(failure)) {
            return false;
        }
        boolean away = !probe.answers();
        if (away) {
            LOG.warnf("The database does not answer after %s; treating it as an outage", rootMessage(failure));
        }
        return away;
    }

    private static void pause(Duration delay, String what, RuntimeException failure) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DatabaseUnavailableException("interrupted while waiting for the database while " + what,
                    failure);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
