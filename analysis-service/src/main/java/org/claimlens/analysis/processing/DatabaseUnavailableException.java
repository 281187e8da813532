package org.claimlens.analysis.processing;

/**
 * The database stayed unreachable past the retry budget, or the wait was interrupted by shutdown. Never a reason to
 * dead-letter the document: its consumer stops instead, and the uncommitted record is delivered again later.
 */
public class DatabaseUnavailableException extends RuntimeException {

    public DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
