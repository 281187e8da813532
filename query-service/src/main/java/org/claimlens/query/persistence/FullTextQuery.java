package org.claimlens.query.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what an analyst types into a PostgreSQL text search query. Plain input goes to
 * {@code websearch_to_tsquery} ("quoted phrases", {@code -excluded}, {@code or}); input with a word ending in
 * {@code *} becomes a {@code to_tsquery} of its words joined by AND, starred words as prefixes. Only letters and
 * digits reach {@code to_tsquery}, so no input can inject tsquery operators or make it fail to parse.
 */
enum FullTextQuery {

    WEB_SEARCH("websearch_to_tsquery"), PREFIX("to_tsquery");

    private static final Pattern WORD = Pattern.compile("([\\p{L}\\p{N}]+)(\\*?)");

    private final String function;

    FullTextQuery(String function) {
        this.function = function;
    }

    static FullTextQuery of(String text) {
        return text.matches("(?s).*[\\p{L}\\p{N}]\\*.*") ? PREFIX : WEB_SEARCH;
    }

    /** The tsquery expression over parameter {@code :name}. */
    String sql(String name) {
        return function + "('english', :" + name + ")";
    }

    /** The parameter value for {@link #sql}: the text itself, or the built prefix query. */
    String parameter(String text) {
        if (this == WEB_SEARCH) {
            return text;
        }
        List<String> terms = new ArrayList<>();
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            terms.add(word.group(1) + (word.group(2).isEmpty() ? "" : ":*"));
        }
        return String.join(" & ", terms);
    }
}
