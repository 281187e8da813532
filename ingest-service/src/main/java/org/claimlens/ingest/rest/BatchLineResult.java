package org.claimlens.ingest.rest;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Outcome of one NDJSON line: {@code 202} with the ids, or an error status with the fields of {@link ErrorBody}.
 *
 * @param line 1-based line number in the request body, counting blank lines, so clients can find the line
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BatchLineResult(int line, int status, String id, String eventId, String contentHash, String error,
                              String message, String field) {

    static BatchLineResult accepted(int line, String id, String eventId, String contentHash) {
        return new BatchLineResult(line, 202, id, eventId, contentHash, null, null, null);
    }

    static BatchLineResult failed(int line, ErrorBody error) {
        return new BatchLineResult(line, error.status(), null, null, null, error.error(), error.message(),
                error.field());
    }
}
