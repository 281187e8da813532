package org.claimlens.ingest.rest;

import io.restassured.response.Response;
import java.util.function.Supplier;

/**
 * One kind of bad input: how to send it, and the answer expected. A {@code 202} expectation means the input is
 * legal if odd and must be stored safely, byte for byte, as {@link #storedText()}.
 *
 * @param field the field the error body must name, or null when the problem is the body as a whole
 */
record BadInput(String kind, Supplier<Response> send, int status, String field, String storedText) {

    static BadInput refused(String kind, int status, String field, Supplier<Response> send) {
        return new BadInput(kind, send, status, field, null);
    }

    static BadInput storedSafely(String kind, String text, Supplier<Response> send) {
        return new BadInput(kind, send, 202, null, text);
    }

    @Override
    public String toString() {
        return kind;
    }
}
