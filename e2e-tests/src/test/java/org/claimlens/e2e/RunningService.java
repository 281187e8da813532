package org.claimlens.e2e;

/** One started ClaimLens service, however it runs (a process here, a container where Docker runs). */
interface RunningService extends AutoCloseable {

    /** Where the tests reach it over HTTP. */
    String baseUrl();

    /** Everything it has logged so far. */
    String log();

    @Override
    void close();
}
