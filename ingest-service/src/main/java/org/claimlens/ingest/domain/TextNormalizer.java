package org.claimlens.ingest.domain;

import java.text.Normalizer;

/**
 * Text clean-up used by the identity rule: one form for line endings, and a canonical form for hashing. Both run on
 * every submission, so they are single passes that return the text itself when it is already in form.
 */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    /** CRLF and lone CR become LF; nothing else changes, so character offsets stay meaningful. */
    public static String unifyLineEndings(String text) {
        int first = text.indexOf('\r');
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\r') {
                out.append(c);
            } else {
                out.append('\n');
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            }
        }
        return out.toString();
    }

    /**
     * Canonical form for identity and hashing: Unicode NFC, LF line endings, every run of horizontal
     * whitespace (spaces, tabs, no-break spaces: regex {@code \h}) collapsed to one space, and leading/trailing
     * whitespace removed.
     */
    public static String normalise(String text) {
        String composed = Normalizer.normalize(unifyLineEndings(text), Normalizer.Form.NFC);
        return collapseHorizontalWhitespace(composed).strip();
    }

    private static String collapseHorizontalWhitespace(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean horizontal = isHorizontalWhitespace(c);
            if (horizontal && (c != ' ' || (i + 1 < text.length() && isHorizontalWhitespace(text.charAt(i + 1))))) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                out.append(' ');
                while (i + 1 < text.length() && isHorizontalWhitespace(text.charAt(i + 1))) {
                    i++;
                }
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /** The characters of {@code \h} in java.util.regex. */
    private static boolean isHorizontalWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u1680' || c == '\u180e'
                || (c >= '\u2000' && c <= '\u200a') || c == '\u202f' || c == '\u205f' || c == '\u3000';
    }
}
