package org.claimlens.analysis.persistence;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An extractor version as recorded on every result row, {@code corenlp-4.5.10+claimlens-6}, or
 * {@code corenlp-unknown+claimlens-6} where the CoreNLP jar does not say its version. Versions order by the rules
 * number first, then by the CoreNLP version, part by part, an unknown one first; the database orders stored versions
 * the same way.
 *
 * @param corenlp the CoreNLP version's numeric parts joined by dots, empty when unknown
 */
public record ExtractorVersion(String corenlp, int rules) {

    private static final Pattern FORMAT = Pattern.compile("corenlp-(\\d{1,9}(?:\\.\\d{1,9}){0,5}|unknown)"
            + "\\+claimlens-(\\d{1,9})");

    /** Empty when {@code text} is not in the recorded format. */
    public static Optional<ExtractorVersion> parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String corenlp = m.group(1).equals("unknown") ? "" : m.group(1);
        return Optional.of(new ExtractorVersion(corenlp, Integer.parseInt(m.group(2))));
    }
}
