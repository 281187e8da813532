package org.claimlens.ingest.domain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The stable identity of a document. Rule: when the client names the document with an {@code externalId}, the id is
 * derived from SHA-256 of {@code "external:" + externalId}; otherwise from SHA-256 of {@code "content:" +} the
 * {@linkplain TextNormalizer#normalise normalised} text. The first 16 bytes of the digest become a version-8
 * (RFC 9562) UUID, so posting the same document again yields the same id.
 *
 * @param documentId  the derived id
 * @param contentHash hex SHA-256 of the normalised text, whatever the id was derived from
 */
public record DocumentIdentity(UUID documentId, String contentHash) {

    private static final byte[] CONTENT_PREFIX = "content:".getBytes(StandardCharsets.UTF_8);

    /** Derives the identity of {@code text}, named by {@code externalId} when that is not null. */
    public static DocumentIdentity of(String externalId, String text) {
        return fromNormalised(externalId, TextNormalizer.normalise(text));
    }

    static DocumentIdentity fromNormalised(String externalId, String normalised) {
        // the text is encoded once and hashed twice: alone for the content hash, after its prefix for the id
        byte[] text = normalised.getBytes(StandardCharsets.UTF_8);
        String contentHash = HexFormat.of().formatHex(sha256().digest(text));
        MessageDigest name = sha256();
        if (externalId != null) {
            name.update(("external:" + externalId).getBytes(StandardCharsets.UTF_8));
        } else {
            name.update(CONTENT_PREFIX);
            name.update(text);
        }
        return new DocumentIdentity(nameBasedUuid(name.digest()), contentHash);
    }

    private static UUID nameBasedUuid(byte[] digest) {
        byte[] bytes = Arrays.copyOf(digest, 16);
        bytes[6] = (byte) ((bytes[6] & 0x0f) | 0x80); // version 8: custom, here SHA-256 name-based
        bytes[8] = (byte) ((bytes[8] & 0x3f) | 0x80); // IETF variant
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        return new UUID(buffer.getLong(), buffer.getLong());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }
}
