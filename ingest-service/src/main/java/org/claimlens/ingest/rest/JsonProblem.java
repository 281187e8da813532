package org.claimlens.ingest.rest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Collection;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A client-facing description of why a JSON body could not be read. Built from Jackson's exception but never
 * echoing its message verbatim, since that can name Java types.
 */
record JsonProblem(String message, String field) {

    static JsonProblem of(JacksonException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return new JsonProblem("Unknown field '" + unknown.getPropertyName() + "'; accepted fields are "
                    + names(unknown.getKnownPropertyIds()), unknown.getPropertyName());
        }
        StreamReadException malformed = malformedCause(e);
        if (malformed != null) {
            return new JsonProblem("Malformed JSON" + where(malformed.getLocation()) + ": "
                    + firstLine(malformed.getOriginalMessage()), null);
        }
        if (e instanceof MismatchedInputException mismatch) {
            String field = path(mismatch);
            if (field.isEmpty() && String.valueOf(mismatch.getOriginalMessage()).startsWith("Trailing token")) {
                return new JsonProblem("The body must hold one JSON object; more data follows it", null);
            }
            return field.isEmpty()
                    ? new JsonProblem("The body must be a JSON object with the document fields", null)
                    : new JsonProblem("Field '" + field + "' must be a JSON string", field);
        }
        return new JsonProblem("The body is not a valid JSON document", null);
    }

    /** Jackson wraps syntax errors met inside a record's creator in a mapping exception; look through it. */
    private static StreamReadException malformedCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StreamReadException malformed) {
                return malformed;
            }
        }
        return null;
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    private static String names(Collection<Object> known) {
        return new TreeSet<>(known.stream().map(String::valueOf).toList()).toString();
    }

    private static String where(JsonLocation location) {
        return location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static String firstLine(String message) {
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
