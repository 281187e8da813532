package org.claimlens.analysis.checkworthiness;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tokens of a sentence as the features see them: words with their case, numbers (money and percentages kept
 * whole) and the punctuation that matters. A regular expression rather than CoreNLP, because this runs per claim
 * and must cost microseconds.
 */
record SentenceTokens(List<String> tokens) {

    private static final Pattern TOKEN = Pattern.compile(
            "\\$?\\d[\\d,]*(?:\\.\\d+)?%?|\\p{L}+(?:['\u2019]\\p{L}+)*|[?!%$]");

    static SentenceTokens of(String sentence) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(sentence);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return new SentenceTokens(tokens);
    }

    static boolean isNumber(String token) {
        char first = token.charAt(0);
        return Character.isDigit(first) || first == '$' && token.length() > 1;
    }

    /** Lower case, numbers folded to one token so that "3.5%" and "12%" look alike to the word features. */
    static String normalised(String token) {
        if (isNumber(token)) {
            return token.endsWith("%") ? "NUM%" : token.startsWith("$") ? "$NUM" : "NUM";
        }
        return token.toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\'');
    }
}
