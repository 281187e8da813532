package org.claimlens.analysis.processing;

/** Extraction of a document failed; the document is stored as FAILED with this reason. */
public class AnalysisFailedException extends RuntimeException {

    public AnalysisFailedException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
