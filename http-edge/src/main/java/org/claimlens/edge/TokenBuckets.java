package org.claimlens.edge;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * One token bucket per client: {@code burst} tokens at most, refilled at {@code perSecond}; each request takes one.
 * Memory stays bounded: when more than {@code maxClients} buckets exist, the full (idle) ones are dropped, since a
 * full bucket is what a new one would be anyway.
 */
public final class TokenBuckets {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final double perNano;
    private final double burst;
    private final int maxClients;
    private final LongSupplier clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public TokenBuckets(double perSecond, int burst, int maxClients, LongSupplier nanoClock) {
        if (perSecond <= 0 || burst < 1 || maxClients < 1) {
            throw new IllegalArgumentException("rate, burst and client bound must be positive");
        }
        this.perNano = perSecond / NANOS_PER_SECOND;
        this.burst = burst;
        this.maxClients = maxClients;
        this.clock = nanoClock;
    }

    /** Takes a token for {@code client}: 0 when granted, otherwise the nanoseconds until one will be available. */
    public long acquire(String client) {
        long now = clock.getAsLong();
        if (buckets.size() > maxClients) {
            buckets.values().removeIf(bucket -> bucket.isFull(now));
        }
        return buckets.computeIfAbsent(client, c -> new Bucket(now)).take(now);
    }

    private final class Bucket {
        private double tokens = burst;
        private long updatedAt;

        Bucket(long now) {
            updatedAt = now;
        }

        synchronized long take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) / perNano);
        }

        synchronized boolean isFull(long now) {
            refill(now);
            return tokens >= burst;
        }

        private void refill(long now) {
            tokens = Math.min(burst, tokens + (now - updatedAt) * perNano);
            updatedAt = now;
        }
    }
}
