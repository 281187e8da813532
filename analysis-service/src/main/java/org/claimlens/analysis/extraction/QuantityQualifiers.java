package org.claimlens.analysis.extraction;

import edu.stanford.nlp.ling.CoreLabel;
import org.claimlens.analysis.extraction.Quantity.Approximation;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The words before a number that say how exact it is: "more than", "at least", "nearly", "up to", "between". */
final class QuantityQualifiers {

    /**
     * @param length  how many tokens the qualifier takes
     * @param between "between" or "from": the number that follows opens a range
     */
    record Qualifier(Approximation approximation, int length, boolean between) {
    }

    private static final Map<List<String>, Approximation> PHRASES = Map.ofEntries(
            Map.entry(List.of("more", "than"), Approximation.MORE_THAN),
            Map.entry(List.of("over"), Approximation.MORE_THAN),
            Map.entry(List.of("just", "over"), Approximation.MORE_THAN),
            Map.entry(List.of("well", "over"), Approximation.MORE_THAN),
            Map.entry(List.of("upwards", "of"), Approximation.MORE_THAN),
            Map.entry(List.of("in", "excess", "of"), Approximation.MORE_THAN),
            Map.entry(List.of("greater", "than"), Approximation.MORE_THAN),
            Map.entry(List.of("at", "least"), Approximation.AT_LEAST),
            Map.entry(List.of("no", "fewer", "than"), Approximation.AT_LEAST),
            Map.entry(List.of("no", "less", "than"), Approximation.AT_LEAST),
            Map.entry(List.of("a", "minimum", "of"), Approximation.AT_LEAST),
            Map.entry(List.of("less", "than"), Approximation.LESS_THAN),
            Map.entry(List.of("fewer", "than"), Approximation.LESS_THAN),
            Map.entry(List.of("under"), Approximation.LESS_THAN),
            Map.entry(List.of("just", "under"), Approximation.LESS_THAN),
            Map.entry(List.of("below"), Approximation.LESS_THAN),
            Map.entry(List.of("at", "most"), Approximation.AT_MOST),
            Map.entry(List.of("up", "to"), Approximation.AT_MOST),
            Map.entry(List.of("no", "more", "than"), Approximation.AT_MOST),
            Map.entry(List.of("not", "more", "than"), Approximation.AT_MOST),
            Map.entry(List.of("as", "many", "as"), Approximation.AT_MOST),
            Map.entry(List.of("a", "maximum", "of"), Approximation.AT_MOST),
            Map.entry(List.of("about"), Approximation.APPROXIMATE),
            Map.entry(List.of("around"), Approximation.APPROXIMATE),
            Map.entry(List.of("nearly"), Approximation.APPROXIMATE),
            Map.entry(List.of("almost"), Approximation.APPROXIMATE),
            Map.entry(List.of("roughly"), Approximation.APPROXIMATE),
            Map.entry(List.of("approximately"), Approximation.APPROXIMATE),
            Map.entry(List.of("some"), Approximation.APPROXIMATE),
            Map.entry(List.of("an", "estimated"), Approximation.APPROXIMATE),
            Map.entry(List.of("estimated"), Approximation.APPROXIMATE),
            Map.entry(List.of("close", "to"), Approximation.APPROXIMATE),
            Map.entry(List.of("circa"), Approximation.APPROXIMATE),
            Map.entry(List.of("between"), Approximation.RANGE),
            Map.entry(List.of("from"), Approximation.RANGE));
    /** The phrases by their first word, longest first. */
    private static final Map<String, List<List<String>>> BY_FIRST_WORD = PHRASES.keySet().stream()
            .sorted(Comparator.comparingInt((List<String> words) -> -words.size()).thenComparing(Object::toString))
            .collect(Collectors.groupingBy(words -> words.get(0), Collectors.toList()));

    private QuantityQualifiers() {
    }

    /** The qualifier starting at token {@code i}, if one does; "from" and "between" only open ranges. */
    static Optional<Qualifier> at(List<CoreLabel> tokens, int i) {
        for (List<String> words : BY_FIRST_WORD.getOrDefault(TokenKinds.lower(tokens.get(i)), List.of())) {
            if (matches(tokens, i, words)) {
                Approximation approximation = PHRASES.get(words);
                boolean between = approximation == Approximation.RANGE;
                return Optional.of(new Qualifier(between ? Approximation.EXACT : approximation, words.size(),
                        between));
            }
        }
        return Optional.empty();
    }

    private static boolean matches(List<CoreLabel> tokens, int i, List<String> words) {
        if (i + words.size() > tokens.size()) {
            return false;
        }
        for (int w = 0; w < words.size(); w++) {
            if (!TokenKinds.lower(tokens.get(i + w)).equals(words.get(w))) {
                return false;
            }
        }
        return true;
    }
}
