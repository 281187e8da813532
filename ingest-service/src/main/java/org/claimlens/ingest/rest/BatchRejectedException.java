package org.claimlens.ingest.rest;

/** An NDJSON batch as a whole is refused (empty, or more lines than allowed) before anything is published. */
class BatchRejectedException extends RuntimeException {

    private final int status;

    BatchRejectedException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }
}
