package org.claimlens.analysis.extraction;

import edu.stanford.nlp.ling.CoreLabel;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a number at a token: figures ("86,000", "1.5 million", "3bn"), words ("four", "twenty-five", "two dozen",
 * "a hundred") and vague plurals ("hundreds", "tens of thousands"), which count from their unit upwards.
 */
final class NumberWords {

    /**
     * @param value the number, scaled
     * @param end   index of the first token after it
     * @param scale the factor a trailing "million" or "dozen" applied, 1 without one
     * @param vague a vague plural: "hundreds" is more than 100, not 100
     */
    record Number(double value, int end, double scale, boolean vague) {
    }

    private static final Pattern FIGURE = Pattern.compile("(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(k|m|bn|tn)?",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, Integer> SMALL = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30),
            Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
            Map.entry("eighty", 80), Map.entry("ninety", 90));
    private static final Map<String, Double> SCALES = Map.of("dozen", 12.0, "hundred", 100.0, "thousand", 1e3,
            "million", 1e6, "billion", 1e9, "trillion", 1e12, "bn", 1e9, "tn", 1e12);
    private static final Map<String, Double> SUFFIXES = Map.of("k", 1e3, "m", 1e6, "bn", 1e9, "tn", 1e12);
    private static final Map<String, Double> VAGUE_PLURALS = Map.of("dozens", 12.0, "scores", 20.0,
            "hundreds", 100.0, "thousands", 1e3, "millions", 1e6, "billions", 1e9);
    private static final Set<String> VAGUE_COUNTS = Set.of("several", "many", "few");
    private static final Set<String> ARTICLES = Set.of("a", "an");

    private NumberWords() {
    }

    static Optional<Number> at(List<CoreLabel> tokens, int i) {
        if (i >= tokens.size()) {
            return Optional.empty();
        }
        Matcher figure = FIGURE.matcher(tokens.get(i).word());
        if (figure.matches()) {
            double value = Double.parseDouble(figure.group(1).replace(",", "")
                    + (figure.group(2) == null ? "" : figure.group(2)));
            double suffix = figure.group(3) == null ? 1 : SUFFIXES.get(figure.group(3).toLowerCase());
            return Optional.of(scaled(tokens, value * suffix, i + 1, suffix));
        }
        return vague(tokens, i).or(() -> spelledOut(tokens, i));
    }

    /** "1.5 million", "two dozen": trailing scale words multiply what comes before. */
    private static Number scaled(List<CoreLabel> tokens, double value, int end, double scale) {
        int j = end;
        while (j < tokens.size() && SCALES.containsKey(TokenKinds.lower(tokens.get(j)))) {
            double factor = SCALES.get(TokenKinds.lower(tokens.get(j)));
            value *= factor;
            scale *= factor;
            j++;
        }
        return new Number(value, j, scale, false);
    }

    /** "hundreds", "tens of thousands", "several hundred". */
    private static Optional<Number> vague(List<CoreLabel> tokens, int i) {
        String word = TokenKinds.lower(tokens.get(i));
        if (VAGUE_PLURALS.containsKey(word)) {
            return Optional.of(new Number(VAGUE_PLURALS.get(word), i + 1, VAGUE_PLURALS.get(word), true));
        }
        if (word.equals("tens") && i + 2 < tokens.size() && TokenKinds.lower(tokens.get(i + 1)).equals("of")
                && VAGUE_PLURALS.containsKey(TokenKinds.lower(tokens.get(i + 2)))) {
            double value = 10 * VAGUE_PLURALS.get(TokenKinds.lower(tokens.get(i + 2)));
            return Optional.of(new Number(value, i + 3, value, true));
        }
        if (VAGUE_COUNTS.contains(word) && i + 1 < tokens.size()
                && SCALES.containsKey(TokenKinds.lower(tokens.get(i + 1)))) {
            double value = SCALES.get(TokenKinds.lower(tokens.get(i + 1)));
            return Optional.of(new Number(value, i + 2, value, true));
        }
        return Optional.empty();
    }

    /** "four", "twenty-five", "two hundred and fifty", "a dozen", "a million". */
    private static Optional<Number> spelledOut(List<CoreLabel> tokens, int i) {
        int j = i;
        double total = 0;
        double current = 0;
        double scale = 1;
        boolean any = false;
        if (ARTICLES.contains(TokenKinds.lower(tokens.get(i)))) {
            if (i + 1 >= tokens.size() || !SCALES.containsKey(TokenKinds.lower(tokens.get(i + 1)))) {
                return Optional.empty();
            }
            current = 1;
            j++;
        }
        while (j < tokens.size()) {
            String word = TokenKinds.lower(tokens.get(j));
            boolean joiner = (word.equals("-") || word.equals("and")) && any && j + 1 < tokens.size()
                    && SMALL.containsKey(TokenKinds.lower(tokens.get(j + 1)));
            if (joiner) {
                j++;
                continue;
            }
            Double part = partValue(tokens.get(j));
            if (part == null) {
                break;
            }
            if (SCALES.containsKey(word)) {
                double factor = SCALES.get(word);
                current = (current == 0 ? 1 : current) * factor;
                scale *= factor;
                if (factor >= 1e3) {
                    total += current;
                    current = 0;
                }
            } else {
                current += part;
            }
            any = true;
            j++;
        }
        return any ? Optional.of(new Number(total + current, j, scale, false)) : Optional.empty();
    }

    /** The value of one number word ("four", "twenty-five", "hundred"), or null when it is none. */
    private static Double partValue(CoreLabel token) {
        String word = TokenKinds.lower(token);
        if (SCALES.containsKey(word) && !word.equals("bn") && !word.equals("tn")) {
            return SCALES.get(word);
        }
        // any tag: the tagger reads a capitalised "Four" before a name as a proper noun; but "one" may be a pronoun
        if (word.equals("one") && !TokenKinds.tag(token).equals("CD")) {
            return null;
        }
        double value = 0;
        for (String piece : word.split("-", -1)) {
            Integer small = SMALL.get(piece);
            if (small == null) {
                return null;
            }
            value += small;
        }
        return value;
    }
}
