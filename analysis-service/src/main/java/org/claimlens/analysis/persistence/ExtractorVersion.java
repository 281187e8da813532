package org.claimlens.analysis.persistence;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An extractor version as recorded on every result row, {@code corenlp-4.5.10+claimlens-6}. Versions order by the
 * rules number first, then by the CoreNLP version, part by part; the database orders stored versions the same way.
 */
public record ExtractorVersion(String corenlp, int rules) {

    private static final Pattern FORMAT = Pattern.compile("corenlp-(\\d+(?:\\.\\d+)*)\\+claimlens-(\\d{1,9})");

    /** Empty when {@code text} is not in the recorded format. */
    public static Optional<ExtractorVersion> parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text.strip());
        if (!m.matches() || m.group(1).length() > 40) {
            return Optional.empty();
        }
        return Optional.of(new ExtractorVersion(m.group(1), Integer.parseInt(m.group(2))));
    }
}
