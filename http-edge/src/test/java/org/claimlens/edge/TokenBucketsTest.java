package org.claimlens.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TokenBucketsTest {

    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong now = new AtomicLong(1_000 * SECOND);

    @Test
    void grantsTheBurstThenSaysHowLongToWaitForTheNextToken() {
        TokenBuckets buckets = new TokenBuckets(2, 3, 100, now::get);

        assertThat(buckets.acquire("a")).isZero();
        assertThat(buckets.acquire("a")).isZero();
        assertThat(buckets.acquire("a")).isZero();
        assertThat(buckets.acquire("a")).isEqualTo(SECOND / 2);

        now.addAndGet(SECOND / 2);
        assertThat(buckets.acquire("a")).isZero();
        assertThat(buckets.acquire("a")).isPositive();
    }

    @Test
    void oneClientCannotSpendAnotherClientsTokens() {
        TokenBuckets buckets = new TokenBuckets(1, 1, 100, now::get);

        assertThat(buckets.acquire("greedy")).isZero();
        assertThat(buckets.acquire("greedy")).isPositive();
        assertThat(buckets.acquire("polite")).isZero();
    }

    @Test
    void refillNeverExceedsTheBurst() {
        TokenBuckets buckets = new TokenBuckets(10, 2, 100, now::get);
        now.addAndGet(3600 * SECOND);

        assertThat(buckets.acquire("a")).isZero();
        assertThat(buckets.acquire("a")).isZero();
        assertThat(buckets.acquire("a")).isPositive();
    }

    @Test
    void idleClientsAreForgottenWhenTooManyAreTracked() {
        TokenBuckets buckets = new TokenBuckets(1, 1, 2, now::get);
        buckets.acquire("a");
        buckets.acquire("b");
        buckets.acquire("c");
        now.addAndGet(10 * SECOND);

        buckets.acquire("d");

        assertThat(buckets.acquire("a")).as("a fresh bucket after being forgotten").isZero();
    }
}
