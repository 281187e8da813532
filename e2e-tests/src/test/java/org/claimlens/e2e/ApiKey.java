package org.claimlens.e2e;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/** An API key made up for one test run, and the SHA-256 digest the services are configured with instead of it. */
record ApiKey(String key) {

    static final String HEADER = "X-API-Key";
    /** The variable the services read their accepted digests from. */
    static final String DIGESTS_VARIABLE = "CLAIMLENS_ACCESS_API_KEY_SHA256";

    static ApiKey random() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return new ApiKey(HexFormat.of().formatHex(bytes));
    }

    String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
