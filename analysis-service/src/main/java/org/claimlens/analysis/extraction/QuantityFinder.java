package org.claimlens.analysis.extraction;

import edu.stanford.nlp.ling.CoreLabel;
import org.claimlens.analysis.extraction.NumberWords.Number;
import org.claimlens.analysis.extraction.Quantity.Approximation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The numbers a claim states, with their qualifier ("more than", "at least", "nearly", "between ... and"), and what
 * they count: the head of the noun phrase that follows ("86,000 militants"), "percent", or the currency. Dates,
 * years, days of the month and numbers inside names are not quantities.
 */
final class QuantityFinder {

    private static final Set<String> NOT_NUMBERS = Set.of("DATE", "TIME", "ORDINAL", "SET", "PERSON",
            "ORGANIZATION", "LOCATION", "MISC", "CITY", "COUNTRY", "NATIONALITY");
    private static final Set<String> TIME_UNITS = Set.of("years", "months", "weeks", "days", "hours", "minutes",
            "decades", "centuries");
    private static final Set<String> MONTHS = Set.of("jan", "january", "feb", "february", "mar", "march", "apr",
            "april", "may", "jun", "june", "jul", "july", "aug", "august", "sep", "sept", "september", "oct",
            "october", "nov", "november", "dec", "december");
    private static final Map<String, String> CURRENCIES = Map.of("$", "dollars", "us$", "dollars", "\u00a3", "pounds",
            "\u20ac", "euros", "\u00a5", "yen");
    private static final Set<String> PERCENT_WORDS = Set.of("%", "percent", "pct");
    private static final Set<String> RANGE_JOINERS = Set.of("to", "-", "\u2013");
    private static final Set<String> DETERMINERS = Set.of("DT", "PRP$");
    private static final int MIN_YEAR = 1800;
    private static final int MAX_YEAR = 2100;
    private static final int MAX_UNIT_TOKENS = 5;

    private final DocumentLayout layout;

    QuantityFinder(DocumentLayout layout) {
        this.layout = layout;
    }

    List<Quantity> find(Span content) {
        List<CoreLabel> tokens = layout.tokensIn(content);
        List<Quantity> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Optional<Found> quantity = at(tokens, i);
            if (quantity.isPresent()) {
                Optional.ofNullable(quantity.get().quantity()).ifPresent(found::add);
                i = quantity.get().end();
            } else {
                i++;
            }
        }
        return found;
    }

    /** A quantity, or null for numbers that are none (a score), and the token after them. */
    private record Found(Quantity quantity, int end) {
    }

    private Optional<Found> at(List<CoreLabel> tokens, int i) {
        Optional<QuantityQualifiers.Qualifier> qualifier = QuantityQualifiers.at(tokens, i);
        int j = qualifier.map(q -> i + q.length()).orElse(i);
        String currency = j < tokens.size() ? CURRENCIES.get(TokenKinds.lower(tokens.get(j))) : null;
        if (currency != null) {
            j++;
        }
        Optional<Number> number = NumberWords.at(tokens, j);
        if (number.isEmpty() || !countsSomething(tokens, j, number.get(), currency != null)) {
            return Optional.empty();
        }
        Number lower = number.get();
        Number upper = upperEnd(tokens, lower.end(), qualifier.map(QuantityQualifiers.Qualifier::between)
                .orElse(false)).orElse(null);
        if (upper != null && upper.value() <= lower.value() && upper.scale() <= lower.scale()) {
            // "a 2-1 decision", "won 3-0": a score, not a range
            return Optional.of(new Found(null, upper.end()));
        }
        int k = upper == null ? lower.end() : upper.end();
        double value = upper != null && lower.scale() == 1 && upper.scale() > 1 ? lower.value() * upper.scale()
                : lower.value();
        String unit = currency;
        int end = k;
        if (unit == null && k < tokens.size() && PERCENT_WORDS.contains(TokenKinds.lower(tokens.get(k)))) {
            unit = "percent";
            end = k + 1;
        } else if (unit == null && k + 1 < tokens.size() && TokenKinds.lower(tokens.get(k)).equals("per")
                && TokenKinds.lower(tokens.get(k + 1)).equals("cent")) {
            unit = "percent";
            end = k + 2;
        } else if (unit == null) {
            int head = unitHead(tokens, k);
            if (head >= 0) {
                unit = tokens.get(head).word();
                end = head + 1;
            }
        }
        boolean opensRange = qualifier.map(QuantityQualifiers.Qualifier::between).orElse(false);
        Approximation approximation = upper != null ? Approximation.RANGE
                : qualifier.filter(q -> !q.between()).map(QuantityQualifiers.Qualifier::approximation)
                .orElse(lower.vague() ? Approximation.MORE_THAN : Approximation.EXACT);
        int start = opensRange && upper == null ? i + qualifier.get().length() : i;
        Span span = layout.span(tokens.subList(start, end));
        return Optional.of(new Found(new Quantity(span, value, upper == null ? null : upper.value(), approximation,
                unit), end));
    }

    /** "10 to 20", "hundreds to thousands", "between 10 and 20". */
    private static Optional<Number> upperEnd(List<CoreLabel> tokens, int k, boolean between) {
        if (k >= tokens.size()) {
            return Optional.empty();
        }
        String joiner = TokenKinds.lower(tokens.get(k));
        if (!RANGE_JOINERS.contains(joiner) && !(between && joiner.equals("and"))) {
            return Optional.empty();
        }
        int from = k + 1 < tokens.size() && CURRENCIES.containsKey(TokenKinds.lower(tokens.get(k + 1))) ? k + 2 : k + 1;
        return NumberWords.at(tokens, from);
    }

    /** Not a date, a year, a day of the month, part of a name, "one" standing for a person, or "four-wheel". */
    private static boolean countsSomething(List<CoreLabel> tokens, int start, Number number, boolean money) {
        CoreLabel first = tokens.get(start);
        String next = number.end() < tokens.size() ? TokenKinds.lower(tokens.get(number.end())) : "";
        boolean countedNoun = number.end() < tokens.size() && TokenKinds.tag(tokens.get(number.end())).equals("NNS")
                && !TIME_UNITS.contains(next);
        for (int t = start; t < number.end(); t++) {
            String ner = tokens.get(t).ner() == null ? "O" : tokens.get(t).ner();
            if (NOT_NUMBERS.contains(ner) && !(ner.equals("DATE") && countedNoun)) {
                return false;
            }
        }
        String word = first.word();
        boolean yearLike = !money && word.matches("\\d{4}") && Integer.parseInt(word) >= MIN_YEAR
                && Integer.parseInt(word) <= MAX_YEAR && !countedNoun;
        String previous = start > 0 ? TokenKinds.lower(tokens.get(start - 1)).replace(".", "") : "";
        boolean dayOfMonth = MONTHS.contains(previous) && !previous.equals("may")
                || MONTHS.contains(next.replace(".", ""));
        boolean compoundModifier = (next.equals("-") || next.equals("\u2013")) && number.end() + 1 < tokens.size()
                && NumberWords.at(tokens, number.end() + 1).isEmpty();
        boolean pronounOne = TokenKinds.lower(first).equals("one") && number.end() == start + 1
                && !(number.end() < tokens.size() && TokenKinds.isNoun(tokens.get(number.end())));
        return !yearLike && !dayOfMonth && !pronounOne && !compoundModifier;
    }

    /** The noun the number counts: the last noun of the noun phrase after it, or after "of (the)". */
    private static int unitHead(List<CoreLabel> tokens, int k) {
        int j = k;
        if (j < tokens.size() && TokenKinds.lower(tokens.get(j)).equals("of")) {
            j++;
            if (j < tokens.size() && DETERMINERS.contains(TokenKinds.tag(tokens.get(j)))) {
                j++;
            }
        }
        int head = -1;
        for (int n = 0; j < tokens.size() && n < MAX_UNIT_TOKENS; j++, n++) {
            CoreLabel token = tokens.get(j);
            String tag = TokenKinds.tag(token);
            if (TokenKinds.isNoun(token)) {
                head = j;
            } else if (head >= 0 || !(tag.startsWith("JJ") || tag.equals("HYPH") || tag.equals("VBN")
                    || tag.equals("VBG"))) {
                break;
            }
        }
        return head;
    }
}
