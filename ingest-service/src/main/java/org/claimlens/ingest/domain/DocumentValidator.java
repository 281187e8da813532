package org.claimlens.ingest.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;

/**
 * Checks a {@link DocumentSubmission} and turns it into a {@link ValidatedDocument}. Optional fields that are blank
 * count as absent; surrounding whitespace is trimmed from metadata but never from the text. Page debris lines are
 * removed from the text before its identity is derived, so a copy with and one without "Share this:" are one
 * document. Without a title the first line may serve; without a date, a date in the text's first lines.
 */
public final class DocumentValidator {

    private static final Set<String> WEB_SCHEMES = Set.of("http", "https");

    private final long maxTextBytes;
    private final long maxOriginalBytes;

    public DocumentValidator(long maxTextBytes) {
        this(maxTextBytes, maxTextBytes);
    }

    public DocumentValidator(long maxTextBytes, long maxOriginalBytes) {
        this.maxTextBytes = maxTextBytes;
        this.maxOriginalBytes = maxOriginalBytes;
    }

    /**
     * @throws InvalidDocumentException  when a field is missing or malformed
     * @throws DocumentTooLargeException when the text or the original is longer than its limit in UTF-8
     */
    public ValidatedDocument validate(DocumentSubmission submission) {
        String text = submission.text();
        if (text == null) {
            throw new InvalidDocumentException("text", "text is required");
        }
        if (submission.original() != null) {
            requireAtMost("original", submission.original().content(), maxOriginalBytes);
            FieldRules.checkOriginal(submission.original().content());
        }
        requireAtMost("text", text, maxTextBytes);
        String unified = TextNormalizer.unifyLineEndings(text);
        String cleaned = PageDebris.strip(unified);
        String normalised = TextNormalizer.normalise(cleaned);
        if (normalised.isEmpty()) {
            // the second normalisation only for the message, on a text that is refused anyway
            throw TextNormalizer.normalise(unified).isEmpty()
                    ? new InvalidDocumentException("text", "text must not be blank")
                    : new InvalidDocumentException("text",
                            "text holds nothing but page debris (\"Click to enlarge\", ...)");
        }
        FieldRules.checkText(normalised);
        String title = line("title", submission.title(), FieldRules.MAX_TITLE);
        String publishedAt = line("publishedAt", submission.publishedAt(), FieldRules.MAX_NAME);
        String externalId = line("externalId", submission.externalId(), FieldRules.MAX_EXTERNAL_ID);
        return new ValidatedDocument(
                DocumentIdentity.fromNormalised(externalId, normalised),
                cleaned,
                title != null ? title : FirstLineTitle.of(cleaned).orElse(null),
                url(line("url", submission.url(), FieldRules.MAX_URL)),
                line("source", submission.source(), FieldRules.MAX_NAME),
                line("author", submission.author(), FieldRules.MAX_NAME),
                publishedAt(publishedAt, cleaned),
                externalId,
                submission.original());
    }

    /** Cheap bound first: a char never encodes to more than 3 UTF-8 bytes, so only long values are encoded. */
    private static void requireAtMost(String field, String value, long limit) {
        if ((long) value.length() * 3 > limit && value.getBytes(StandardCharsets.UTF_8).length > limit) {
            throw new DocumentTooLargeException(field, limit);
        }
    }

    /** A date the client gave must be plausible; one found in the text's header is only taken when it is. */
    private static Instant publishedAt(String given, String text) {
        return given != null ? PublishedAt.parse(given)
                : TextDates.findInHeader(text).filter(PublishedAt::isPlausible).orElse(null);
    }

    private static String url(String value) {
        if (value == null) {
            return null;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (WEB_SCHEMES.contains(scheme) && uri.getHost() != null) {
                return value;
            }
        } catch (URISyntaxException e) {
            // reported below, like any other non-web URL
        }
        throw new InvalidDocumentException("url", "url must be an absolute http or https URL");
    }

    private static String line(String field, String value, int maxLength) {
        return FieldRules.checkLine(field, optional(value), maxLength);
    }

    private static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
