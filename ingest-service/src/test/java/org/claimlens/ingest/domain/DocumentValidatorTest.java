package org.claimlens.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentValidatorTest {

    private final DocumentValidator validator = new DocumentValidator(100);

    @Test
    void keepsTheTextAsSentExceptLineEndingsAndTrimsMetadata() {
        ValidatedDocument document = validator.validate(
                submission("  Line one\r\nLine  two ", " Title ", "https://example.org/a", "2018-11-08T10:00:00+01:00"));

        assertThat(document.text()).isEqualTo("  Line one\nLine  two ");
        assertThat(document.title()).isEqualTo("Title");
        assertThat(document.url()).isEqualTo("https://example.org/a");
        assertThat(document.publishedAt()).isEqualTo(Instant.parse("2018-11-08T09:00:00Z"));
        assertThat(document.source()).isNull();
    }

    @Test
    void plainDateMeansMidnightUtc() {
        assertThat(validator.validate(submission("text", null, null, "2018-11-08")).publishedAt())
                .isEqualTo(Instant.parse("2018-11-08T00:00:00Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2018-11-08T10:00:00", "08.11.2018", "2018-13-01", "yesterday", "2018-11-08T25:00:00Z"})
    void rejectsOtherPublicationTimes(String value) {
        assertThatThrownBy(() -> validator.validate(submission("text", null, null, value)))
                .isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.field()).isEqualTo("publishedAt"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"example.org/a", "ftp://example.org/a", "/relative", "http://", "https://exa mple.org"})
    void rejectsUrlsThatAreNotAbsoluteWebUrls(String value) {
        assertThatThrownBy(() -> validator.validate(submission("text", null, value, null)))
                .isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.field()).isEqualTo("url"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\r\n\t", "\u00a0"})
    void rejectsBlankText(String text) {
        assertThatThrownBy(() -> validator.validate(submission(text, null, null, null)))
                .isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.field()).isEqualTo("text"))
                .hasMessageContaining("blank");
    }

    @Test
    void rejectsMissingText() {
        assertThatThrownBy(() -> validator.validate(submission(null, null, null, null)))
                .isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.field()).isEqualTo("text"))
                .hasMessageContaining("required");
    }

    @Test
    void limitCountsUtf8BytesNotCharacters() {
        assertThat(validator.validate(submission("a".repeat(100), null, null, null)).text()).hasSize(100);
        // 34 characters, but 102 bytes in UTF-8
        assertThatThrownBy(() -> validator.validate(submission("\u20ac".repeat(34), null, null, null)))
                .isInstanceOf(DocumentTooLargeException.class)
                .hasMessageContaining("100 bytes");
    }

    @Test
    void debrisIsStrippedBeforeTheIdentityIsDerived() {
        DocumentValidator roomy = new DocumentValidator(10_000);
        ValidatedDocument plain = roomy.validate(submission("Body one.\nBody two.", null, null, null));
        ValidatedDocument withDebris = roomy.validate(submission(
                "Body one.\nShare this:\nBody two.\nThe post Body appeared first on Example.", null, null, null));

        assertThat(withDebris.text()).isEqualTo("Body one.\nBody two.");
        assertThat(withDebris.identity()).isEqualTo(plain.identity());
    }

    @Test
    void textOfNothingButDebrisIsRefused() {
        assertThatThrownBy(() -> validator.validate(submission("Click to enlarge\nShare this:", null, null, null)))
                .isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.field()).isEqualTo("text"))
                .hasMessageContaining("debris");
    }

    @Test
    void titleFromTheFirstLineAndDateFromTheHeaderWhenNotGiven() {
        ValidatedDocument document = new DocumentValidator(10_000).validate(
                submission("Fight stalls\n\nIntroduction — Nov 8, 2018\n\nBody text.", null, null, null));

        assertThat(document.title()).isEqualTo("Fight stalls");
        assertThat(document.publishedAt()).isEqualTo(Instant.parse("2018-11-08T00:00:00Z"));
    }

    @Test
    void givenTitleAndDateWin() {
        ValidatedDocument document = new DocumentValidator(10_000).validate(
                submission("Fight stalls\n\nNov 8, 2018\n\nBody text.", "Given", null, "2019-01-02"));

        assertThat(document.title()).isEqualTo("Given");
        assertThat(document.publishedAt()).isEqualTo(Instant.parse("2019-01-02T00:00:00Z"));
    }

    @Test
    void theOriginalHasItsOwnLimit() {
        DocumentValidator limits = new DocumentValidator(100, 200);
        Original page = new Original("text/html", "<p>" + "x".repeat(300) + "</p>");

        assertThatThrownBy(() -> limits.validate(new DocumentSubmission("x", null, null, null, null, null, null, page)))
                .isInstanceOfSatisfying(DocumentTooLargeException.class, e -> assertThat(e.field()).isEqualTo("original"))
                .hasMessageContaining("200 bytes");
    }

    private static DocumentSubmission submission(String text, String title, String url, String publishedAt) {
        return new DocumentSubmission(text, title, url, null, null, publishedAt, null);
    }
}
