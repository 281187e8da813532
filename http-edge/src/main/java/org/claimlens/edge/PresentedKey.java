package org.claimlens.edge;

import io.vertx.core.http.HttpServerRequest;

/** Where a client puts its API key: the {@code X-API-Key} header, or {@code Authorization: Bearer <key>}. */
final class PresentedKey {

    static final String HEADER = "X-API-Key";
    private static final String BEARER = "bearer ";

    private PresentedKey() {
    }

    /** The key the request carries, or null when it carries none. */
    static String of(HttpServerRequest request) {
        String key = request.getHeader(HEADER);
        if (key != null && !key.isBlank()) {
            return key.strip();
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.length() > BEARER.length()
                && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            String token = authorization.substring(BEARER.length()).strip();
            return token.isEmpty() ? null : token;
        }
        return null;
    }
}
