package org.claimlens.edge;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The accepted API keys, held only as SHA-256 digests. A presented key is hashed and compared with every digest in
 * constant time, so neither the comparison nor the number of configured keys leaks through timing.
 */
public final class ApiKeys {

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");
    private static final int FINGERPRINT_LENGTH = 12;

    private final List<byte[]> digests;

    private ApiKeys(List<byte[]> digests) {
        this.digests = digests;
    }

    /** @throws IllegalArgumentException naming the position of an entry that is not a SHA-256 hex digest */
    public static ApiKeys ofDigests(Collection<String> hexDigests) {
        HexFormat hex = HexFormat.of();
        int position = 0;
        List<byte[]> digests = new ArrayList<>();
        for (String raw : hexDigests) {
            position++;
            String digest = raw.strip().toLowerCase(Locale.ROOT);
            if (digest.isEmpty()) {
                continue;
            }
            if (!SHA256_HEX.matcher(digest).matches()) {
                throw new IllegalArgumentException("API key digest #" + position
                        + " is not a SHA-256 digest of 64 hex characters; configure digests, never keys");
            }
            digests.add(hex.parseHex(digest));
        }
        return new ApiKeys(List.copyOf(digests));
    }

    public boolean isEmpty() {
        return digests.isEmpty();
    }

    /**
     * The fingerprint (first hex characters of the digest) of the accepted key equal to {@code presented}, or empty.
     * The fingerprint identifies a client in rate limits and metrics without being usable as a key.
     */
    public Optional<String> match(String presented) {
        byte[] candidate = sha256(presented);
        boolean found = false;
        for (byte[] digest : digests) {
            found |= MessageDigest.isEqual(digest, candidate);
        }
        return found ? Optional.of(HexFormat.of().formatHex(candidate).substring(0, FINGERPRINT_LENGTH))
                : Optional.empty();
    }

    /** The digest to configure for {@code key}: lower-case hex SHA-256 of its UTF-8 bytes. */
    public static String sha256Hex(String key) {
        return HexFormat.of().formatHex(sha256(key));
    }

    private static byte[] sha256(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }
}
