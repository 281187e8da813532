package org.claimlens.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The single-pass normaliser keeps the identity rule as written with regular expressions. */
class TextNormalizerTest {

    private static final String ALPHABET = "ab \t\u00A0\u2003\u3000\r\n\u0065\u0301é.\u202f";

    @Test
    void agreesWithTheRuleAsRegularExpressionsOnRandomTexts() {
        Random random = new Random(20261201);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String input = text.toString();
            assertThat(TextNormalizer.unifyLineEndings(input)).as("line endings of %s", escaped(input))
                    .isEqualTo(input.replaceAll("\r\n?", "\n"));
            assertThat(TextNormalizer.normalise(input)).as("normal form of %s", escaped(input))
                    .isEqualTo(byRegex(input));
        }
    }

    @Test
    void returnsATextAlreadyInFormAsItIs() {
        String text = "Officials said on Monday.\nA second paragraph.";
        assertThat(TextNormalizer.normalise(text)).isSameAs(text);
        assertThat(TextNormalizer.unifyLineEndings(text)).isSameAs(text);
    }

    private static String byRegex(String text) {
        String composed = Normalizer.normalize(text.replaceAll("\r\n?", "\n"), Normalizer.Form.NFC);
        return Pattern.compile("\\h+").matcher(composed).replaceAll(" ").strip();
    }

    private static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(c < 128 && c >= 32 ? String.valueOf((char) c) : String.format("\\u%04x", c)));
        return out.toString();
    }
}
