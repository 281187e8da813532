package org.claimlens.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DocumentIdentityTest {

    @Test
    void sameTextGivesSameIdAndHash() {
        DocumentIdentity first = DocumentIdentity.of(null, "The minister said taxes will fall.");
        DocumentIdentity second = DocumentIdentity.of(null, "The minister said taxes will fall.");

        assertThat(first).isEqualTo(second);
    }

    @Test
    void whitespaceLineEndingsAndUnicodeFormDoNotChangeTheIdentity() {
        String composed = "Caf\u00e9 owners\r\nsaid prices rose.";
        String variant = "  Cafe\u0301 \t owners\nsaid\u00a0 prices rose.\n";

        assertThat(DocumentIdentity.of(null, variant)).isEqualTo(DocumentIdentity.of(null, composed));
    }

    @Test
    void differentTextGivesDifferentId() {
        assertThat(DocumentIdentity.of(null, "Taxes will fall.").documentId())
                .isNotEqualTo(DocumentIdentity.of(null, "Taxes will rise.").documentId());
    }

    @Test
    void externalIdDecidesTheIdWhateverTheText() {
        DocumentIdentity before = DocumentIdentity.of("reuters-123", "First version.");
        DocumentIdentity after = DocumentIdentity.of("reuters-123", "Corrected version.");

        assertThat(after.documentId()).isEqualTo(before.documentId());
        assertThat(after.contentHash()).isNotEqualTo(before.contentHash());
        assertThat(DocumentIdentity.of("reuters-124", "First version.").documentId()).isNotEqualTo(before.documentId());
    }

    @Test
    void idIsTheFirstSixteenBytesOfTheNameDigestWithVersionAndVariantSet() throws Exception {
        byte[] digest = sha256("external:reuters-123");
        digest[6] = (byte) ((digest[6] & 0x0f) | 0x80);
        digest[8] = (byte) ((digest[8] & 0x3f) | 0x80);
        String hex = HexFormat.of().formatHex(digest, 0, 16);
        UUID expected = UUID.fromString(hex.replaceFirst("(.{8})(.{4})(.{4})(.{4})(.{12})", "$1-$2-$3-$4-$5"));

        UUID id = DocumentIdentity.of("reuters-123", "any text").documentId();

        assertThat(id).isEqualTo(expected);
        assertThat(id.version()).isEqualTo(8);
        assertThat(id.variant()).isEqualTo(2);
    }

    @Test
    void contentIdIsNamespacedSoItNeverEqualsAnExternalIdWithTheSameString() {
        assertThat(DocumentIdentity.of(null, "abc").documentId())
                .isNotEqualTo(DocumentIdentity.of("abc", "abc").documentId());
    }

    @Test
    void contentHashIsHexSha256OfTheNormalisedText() throws Exception {
        DocumentIdentity identity = DocumentIdentity.of(null, "  Two   words \r\n");

        assertThat(identity.contentHash()).isEqualTo(HexFormat.of().formatHex(sha256("Two words")));
    }

    @Test
    void normalisationKeepsLineBreaksButCollapsesHorizontalWhitespace() {
        assertThat(TextNormalizer.normalise(" a \t b\r\nc\rd\u2003 e ")).isEqualTo("a b\nc\nd e");
        assertThat(TextNormalizer.normalise("e\u0301")).isEqualTo("\u00e9");
    }

    @Test
    void unifyingLineEndingsKeepsEverythingElse() {
        assertThat(TextNormalizer.unifyLineEndings("  a\r\nb\rc\n ")).isEqualTo("  a\nb\nc\n ");
    }

    private static byte[] sha256(String value) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
    }
}
