package org.claimlens.ingest.rest;

import com.fasterxml.jackson.core.JacksonException;
import org.claimlens.ingest.domain.DocumentTooLargeException;
import org.claimlens.ingest.domain.InvalidDocumentException;
import org.claimlens.ingest.messaging.PublishFailedException;

/** Why one document was not accepted, as an {@link ErrorBody}; shared by single and batch submissions. */
final class DocumentFailures {

    private DocumentFailures() {
    }

    static ErrorBody describe(Throwable failure) {
        if (failure instanceof InvalidDocumentException invalid) {
            return ErrorBody.of(400, invalid.getMessage(), invalid.field());
        }
        if (failure instanceof DocumentTooLargeException tooLarge) {
            return ErrorBody.of(413, tooLarge.getMessage(), tooLarge.field());
        }
        if (failure instanceof JacksonException unreadable) {
            JsonProblem problem = JsonProblem.of(unreadable);
            return ErrorBody.of(400, problem.message(), problem.field());
        }
        if (failure instanceof PublishFailedException unavailable) {
            return ErrorBody.of(503, unavailable.getMessage() + "; please retry", null);
        }
        return ErrorBody.of(500, "Unexpected error while ingesting the document", null);
    }
}
