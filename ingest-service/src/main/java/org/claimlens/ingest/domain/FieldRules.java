package org.claimlens.ingest.domain;

/**
 * What the text and the one-line metadata fields may contain. PostgreSQL cannot store NUL in text, so it is refused
 * everywhere; metadata are single lines of bounded length, so they refuse every control character.
 */
final class FieldRules {

    static final int MAX_TITLE = 1_000;
    static final int MAX_NAME = 300;
    static final int MAX_EXTERNAL_ID = 256;
    static final int MAX_URL = 2_048;

    private FieldRules() {
    }

    /** @throws InvalidDocumentException when the (non-blank) text holds NUL or nothing but symbols */
    static void checkText(String text) {
        if (text.indexOf('\u0000') >= 0) {
            throw new InvalidDocumentException("text", "text must not contain NUL characters (U+0000)");
        }
        if (text.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw new InvalidDocumentException("text", "text must contain letters or digits");
        }
    }

    /** @throws InvalidDocumentException when the original page holds NUL, which it is stored with as well */
    static void checkOriginal(String original) {
        if (original.indexOf('\u0000') >= 0) {
            throw new InvalidDocumentException("original",
                    "the original page must not contain NUL characters (U+0000)");
        }
    }

    /** Returns {@code value} (already trimmed, may be null) once it fits {@code maxLength} and has no controls. */
    static String checkLine(String field, String value, int maxLength) {
        if (value == null) {
            return null;
        }
        if (value.length() > maxLength) {
            throw new InvalidDocumentException(field, field + " must be at most " + maxLength + " characters");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidDocumentException(field,
                    field + " must not contain control characters (line breaks, tabs, NUL, escapes)");
        }
        return value;
    }
}
