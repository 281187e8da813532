package org.claimlens.ingest.domain;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Text clean-up used by the identity rule: one form for line endings, and a canonical form for hashing. */
public final class TextNormalizer {

    private static final Pattern LINE_BREAK = Pattern.compile("\r\n?");
    private static final Pattern HORIZONTAL_WHITESPACE = Pattern.compile("\\h+");

    private TextNormalizer() {
    }

    /** CRLF and lone CR become LF; nothing else changes, so character offsets stay meaningful. */
    public static String unifyLineEndings(String text) {
        return LINE_BREAK.matcher(text).replaceAll("\n");
    }

    /**
     * Canonical form for identity and hashing: Unicode NFC, LF line endings, every run of horizontal
     * whitespace (spaces, tabs, no-break spaces) collapsed to one space, and leading/trailing whitespace removed.
     */
    public static String normalise(String text) {
        String composed = Normalizer.normalize(unifyLineEndings(text), Normalizer.Form.NFC);
        return HORIZONTAL_WHITESPACE.matcher(composed).replaceAll(" ").strip();
    }
}
