package org.claimlens.loader;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What a load did, counted per document as the answers arrive (thread-safe). A duplicate is a document accepted
 * with a text already accepted earlier in this load: ClaimLens files it as another source of one document.
 */
final class LoadSummary {

    private final AtomicInteger total = new AtomicInteger();
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicInteger accepted = new AtomicInteger();
    private final AtomicInteger duplicates = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicInteger retries = new AtomicInteger();
    private final AtomicInteger fallbackDecoded = new AtomicInteger();
    private final Set<String> contentHashes = ConcurrentHashMap.newKeySet();
    private final Map<String, Failure> failures = new ConcurrentHashMap<>();

    /** One kind of failure: how often, and the first file it happened to. */
    record Failure(int count, String example) {
    }

    void planned(int documents) {
        total.set(documents);
    }

    void sent(int documents) {
        sent.addAndGet(documents);
    }

    void accepted(String contentHash) {
        accepted.incrementAndGet();
        if (contentHash != null && !contentHashes.add(contentHash)) {
            duplicates.incrementAndGet();
        }
    }

    void failed(String reason, String where) {
        failed.incrementAndGet();
        failures.merge(reason, new Failure(1, where), (a, b) -> new Failure(a.count() + 1, a.example()));
    }

    void retried() {
        retries.incrementAndGet();
    }

    void decodedWithFallback() {
        fallbackDecoded.incrementAndGet();
    }

    int total() {
        return total.get();
    }

    int done() {
        return accepted.get() + failed.get();
    }

    int accepted() {
        return accepted.get();
    }

    int duplicates() {
        return duplicates.get();
    }

    int failed() {
        return failed.get();
    }

    int retries() {
        return retries.get();
    }

    Map<String, Failure> failures() {
        return new TreeMap<>(failures);
    }

    void print(PrintStream out, Duration elapsed) {
        double seconds = Math.max(elapsed.toMillis(), 1) / 1000.0;
        out.printf("sent %d, accepted %d (%d distinct texts, %d duplicates), failed %d, retried %d requests; "
                        + "%.1f s, %.1f documents/s%n", sent.get(), accepted(), accepted() - duplicates(),
                duplicates(), failed(), retries(), seconds, done() / seconds);
        if (fallbackDecoded.get() > 0) {
            out.printf("%d file(s) were not valid UTF-8 and were read as Windows-1252%n", fallbackDecoded.get());
        }
        failures().forEach((reason, failure) ->
                out.printf("  %d x %s (first: %s)%n", failure.count(), reason, failure.example()));
    }
}
