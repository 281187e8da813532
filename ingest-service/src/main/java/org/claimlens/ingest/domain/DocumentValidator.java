package org.claimlens.ingest.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Checks a {@link DocumentSubmission} and turns it into a {@link ValidatedDocument}. Optional fields that are blank
 * count as absent; surrounding whitespace is trimmed from metadata but never from the text.
 */
public final class DocumentValidator {

    private static final Set<String> WEB_SCHEMES = Set.of("http", "https");

    private final long maxTextBytes;

    public DocumentValidator(long maxTextBytes) {
        this.maxTextBytes = maxTextBytes;
    }

    /**
     * @throws InvalidDocumentException  when a field is missing or malformed
     * @throws DocumentTooLargeException when the text is longer than the limit in UTF-8
     */
    public ValidatedDocument validate(DocumentSubmission submission) {
        String text = submission.text();
        if (text == null) {
            throw new InvalidDocumentException("text", "text is required");
        }
        // Cheap bound first: a char never encodes to more than 3 UTF-8 bytes, so only long texts are encoded.
        if ((long) text.length() * 3 > maxTextBytes && text.getBytes(StandardCharsets.UTF_8).length > maxTextBytes) {
            throw new DocumentTooLargeException(maxTextBytes);
        }
        String unified = TextNormalizer.unifyLineEndings(text);
        String normalised = TextNormalizer.normalise(unified);
        if (normalised.isEmpty()) {
            throw new InvalidDocumentException("text", "text must not be blank");
        }
        FieldRules.checkText(normalised);
        String publishedAt = line("publishedAt", submission.publishedAt(), FieldRules.MAX_NAME);
        String externalId = line("externalId", submission.externalId(), FieldRules.MAX_EXTERNAL_ID);
        return new ValidatedDocument(
                DocumentIdentity.fromNormalised(externalId, normalised),
                unified,
                line("title", submission.title(), FieldRules.MAX_TITLE),
                url(line("url", submission.url(), FieldRules.MAX_URL)),
                line("source", submission.source(), FieldRules.MAX_NAME),
                line("author", submission.author(), FieldRules.MAX_NAME),
                publishedAt == null ? null : PublishedAt.parse(publishedAt),
                externalId);
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
