package org.claimlens.analysis.processing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import javax.transaction.xa.XAException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

/** Which database failures are waited out, and how. */
class DatabaseRetryTest {

    private static final DatabaseProbe DATABASE_ANSWERS = () -> true;

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @Test
    void connectionFailuresAndRestartsAreTransientConstraintViolationsAreNot() {
        assertThat(TransientDatabaseFailures.isTransient(wrapped(new PSQLException("Connection refused",
                PSQLState.CONNECTION_UNABLE_TO_CONNECT)))).isTrue();
        assertThat(TransientDatabaseFailures.isTransient(wrapped(new SQLException(
                "terminating connection due to administrator command", "57P01")))).isTrue();
        assertThat(TransientDatabaseFailures.isTransient(wrapped(new SQLException("deadlock detected", "40P01"))))
                .isTrue();
        assertThat(TransientDatabaseFailures.isTransient(wrapped(new SQLTransientConnectionException("gone"))))
                .isTrue();
        assertThat(TransientDatabaseFailures.isTransient(wrapped(new SQLException(
                "Acquisition timeout while waiting for new connection")))).isTrue();

        assertThat(TransientDatabaseFailures.isTransient(wrapped(new SQLException("duplicate key", "23505"))))
                .isFalse();
        assertThat(TransientDatabaseFailures.isTransient(wrapped(new SQLException(
                "invalid byte sequence for encoding \"UTF8\": 0x00", "22021")))).isFalse();
        assertThat(TransientDatabaseFailures.isTransient(new IllegalStateException("no database involved")))
                .isFalse();
    }

    @Test
    void waitsOutATransientOutageWithGrowingPauses() {
        DatabaseRetry retry = new DatabaseRetry(TestProcessingConfig.withRetry(Duration.ofMillis(20),
                Duration.ofMillis(80), Duration.ofSeconds(10)), registry, DATABASE_ANSWERS);
        AtomicInteger attempts = new AtomicInteger();
        long start = System.nanoTime();

        String result = retry.call("testing", () -> {
            if (attempts.incrementAndGet() < 5) {
                throw wrapped(new PSQLException("Connection refused", PSQLState.CONNECTION_UNABLE_TO_CONNECT));
            }
            return "written";
        });

        assertThat(result).isEqualTo("written");
        assertThat(attempts).hasValue(5);
        // pauses of 20, 40, 80 and 80 ms
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(220));
        assertThat(registry.counter("claimlens.database.retries").count()).isEqualTo(4);
    }

    @Test
    void aFailureOfTheDataIsNotRetried() {
        DatabaseRetry retry = new DatabaseRetry(TestProcessingConfig.withRetry(Duration.ofMillis(1),
                Duration.ofMillis(1), Duration.ofSeconds(10)), registry, DATABASE_ANSWERS);
        AtomicInteger attempts = new AtomicInteger();
        PersistenceException constraint = wrapped(new SQLException("duplicate key", "23505"));

        assertThatThrownBy(() -> retry.call("testing", () -> {
            attempts.incrementAndGet();
            throw constraint;
        })).isSameAs(constraint);
        assertThat(attempts).hasValue(1);
    }

    @Test
    void givesUpAfterItsBudgetWithAnExceptionThatIsNotTheDocumentsFault() {
        DatabaseRetry retry = new DatabaseRetry(TestProcessingConfig.withRetry(Duration.ofMillis(10),
                Duration.ofMillis(20), Duration.ofMillis(100)), registry, DATABASE_ANSWERS);

        assertThatThrownBy(() -> retry.call("writing", () -> {
            throw wrapped(new SQLException("the database system is shutting down", "57P03"));
        })).isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageContaining("while writing")
                .satisfies(e -> assertThat(TransientDatabaseFailures.isTransient(e)).isTrue());
    }

    @Test
    void aCommitBrokenByTheOutageIsWaitedOutThoughItsSqlCauseWasLost() {
        AtomicInteger probes = new AtomicInteger();
        // the database is away for the first two questions, then back
        DatabaseProbe probe = () -> probes.incrementAndGet() > 2;
        DatabaseRetry retry = quickRetry(probe);
        AtomicInteger attempts = new AtomicInteger();

        String result = retry.call("writing", () -> {
            if (attempts.incrementAndGet() < 3) {
                // what Narayana throws when the connection broke during a one-phase commit
                throw new IllegalStateException("commit failed", new RollbackException("ARJUNA016053"));
            }
            return "written";
        });

        assertThat(result).isEqualTo("written");
        assertThat(attempts).hasValue(3);
        assertThat(probes).hasValue(2);
    }

    @Test
    void anUnrecognisedFailureWhileTheDatabaseAnswersIsTheDocumentsAndAskedAboutOnce() {
        AtomicInteger probes = new AtomicInteger();
        DatabaseRetry retry = quickRetry(() -> probes.incrementAndGet() > 0);
        IllegalStateException failure = new IllegalStateException("commit failed", new RollbackException("lost"));

        assertThatThrownBy(() -> retry.call("writing", () -> {
            throw failure;
        })).isSameAs(failure);
        assertThat(probes).hasValue(1);
    }

    @Test
    void aConstraintViolationIsNeverBlamedOnTheDatabaseEvenWhenItIsAway() {
        AtomicInteger probes = new AtomicInteger();
        DatabaseRetry retry = quickRetry(() -> probes.incrementAndGet() < 0);
        PersistenceException constraint = wrapped(new SQLException("duplicate key", "23505"));

        assertThatThrownBy(() -> retry.call("writing", () -> {
            throw constraint;
        })).isSameAs(constraint);
        assertThat(probes).hasValue(0);
    }

    @Test
    void suppressedExceptionsAndBrokenXaCommitsCountAsTransient() {
        RuntimeException rollback = new RuntimeException(new RollbackException("ARJUNA016053"));
        rollback.getCause().addSuppressed(new PSQLException("An I/O error occurred while sending to the backend",
                PSQLState.CONNECTION_FAILURE));
        assertThat(TransientDatabaseFailures.isTransient(rollback)).isTrue();
        assertThat(TransientDatabaseFailures.isTransient(new RuntimeException(
                new XAException(XAException.XAER_RMFAIL)))).isTrue();
        assertThat(TransientDatabaseFailures.isTransient(new RuntimeException(
                new XAException(XAException.XA_RBINTEGRITY)))).isFalse();
    }

    /** Pauses of a few milliseconds, so the tests that ask the probe run fast. */
    private DatabaseRetry quickRetry(DatabaseProbe probe) {
        return new DatabaseRetry(TestProcessingConfig.withRetry(Duration.ofMillis(1), Duration.ofMillis(5),
                Duration.ofSeconds(10)), registry, probe);
    }

    private static PersistenceException wrapped(SQLException cause) {
        return new PersistenceException("JDBC exception executing SQL", cause);
    }
}
