package org.claimlens.analysis.processing;

/** Extraction was stopped at its deadline, or died of an error (a stack overflow, say) rather than an exception. */
public class ExtractionAbortedException extends RuntimeException {

    public ExtractionAbortedException(String message, Throwable cause) {
        super(message, cause);
    }
}
