package org.claimlens.analysis.extraction;

import edu.stanford.nlp.ling.CoreLabel;
import org.claimlens.analysis.learning.FeatureHashing;
import org.claimlens.analysis.learning.SparseVector;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the cue model sees of one token: the token itself (word, lemma, part of speech, entity label, shape), its
 * neighbours, and the signs of an attribution around it (a quotation closing before it or opening after it, "that"
 * or a colon following, a name or pronoun before it, its place in the sentence). Public so model training extracts
 * exactly the features the product scores.
 *
 * @param window how many tokens on each side are read as neighbours
 * @param bits   the features are hashed into {@code 2^bits} slots
 */
public record CueFeatures(int window, int bits) {

    private static final Set<String> SPEAKER_LABELS = Set.of("PERSON", "ORGANIZATION");
    private static final Set<String> CLAUSE_STARTS = Set.of("that", ":", "whether", "if", "how", "why", "what");
    private static final int REACH = 4;

    public CueFeatures {
        if (window < 0 || window > 4 || bits < 10 || bits > 24) {
            throw new IllegalArgumentException("unusable cue features: window " + window + ", bits " + bits);
        }
    }

    public int slots() {
        return 1 << bits;
    }

    /** The features of token {@code i} as a hashed vector of counts. */
    public SparseVector of(CueContext context, int i) {
        FeatureHashing features = new FeatureHashing();
        emit(context, i, features);
        return features.toVector(bits, false);
    }

    private void emit(CueContext context, int i, FeatureHashing out) {
        ParsedDocument document = context.document();
        List<CoreLabel> tokens = document.tokens();
        CoreLabel token = tokens.get(i);
        String word = lower(token);
        String lemma = token.lemma() == null ? word : token.lemma().toLowerCase(Locale.ROOT);
        String tag = token.tag();
        out.add("bias");
        out.add("w=" + word);
        out.add("l=" + lemma);
        out.add("p=" + tag);
        out.add("l|p=" + lemma + "|" + tag);
        out.add("n=" + token.ner());
        out.add("s=" + shape(Phrases.surface(token)));
        out.add("suf=" + suffix(word));
        if (SpeechVerbs.isCueLemma(lemma)) {
            out.add("lex|p=" + tag.charAt(0));
        }
        int sentence = ParsedDocument.sentenceOf(token);
        int first = document.sentenceStart(sentence);
        int end = document.sentenceEnd(sentence);
        for (int d = 1; d <= window; d++) {
            out.add("w-" + d + "=" + wordAt(document, i - d, first, end));
            out.add("w+" + d + "=" + wordAt(document, i + d, first, end));
            out.add("p-" + d + "=" + tagAt(document, i - d, first, end));
            out.add("p+" + d + "=" + tagAt(document, i + d, first, end));
        }
        String previous = wordAt(document, i - 1, first, end);
        String next = wordAt(document, i + 1, first, end);
        out.add("l|w+1=" + lemma + "|" + next);
        out.add("w-1|l=" + previous + "|" + lemma);
        out.add("p-1|p|p+1=" + tagAt(document, i - 1, first, end) + "|" + tag + "|" + tagAt(document, i + 1, first, end));
        out.add("l|p+1=" + lemma + "|" + tagAt(document, i + 1, first, end));
        out.add("p-1|l=" + tagAt(document, i - 1, first, end) + "|" + lemma);
        context(context, i, first, end, lemma, out);
    }

    /** Signs of an attribution around the token, each alone and with the lemma. */
    private static void context(CueContext context, int i, int first, int end, String lemma, FeatureHashing out) {
        ParsedDocument document = context.document();
        List<CoreLabel> tokens = document.tokens();
        StringBuilder signs = new StringBuilder();
        sign(signs, "first", i == first);
        sign(signs, "last", i + 1 == end || i + 2 == end && Phrases.isPunctuation(tokens.get(i + 1)));
        sign(signs, "quoteBefore", context.closesBefore(i, REACH));
        sign(signs, "quoteAfter", context.opensAfter(i, REACH));
        sign(signs, "clauseAfter", within(tokens, i + 1, Math.min(end, i + REACH), CLAUSE_STARTS));
        sign(signs, "commaBefore", i > first && lower(tokens.get(i - 1)).equals(","));
        sign(signs, "commaAfter", i + 1 < end && lower(tokens.get(i + 1)).equals(","));
        sign(signs, "speakerBefore", labelWithin(tokens, Math.max(first, i - REACH), i));
        sign(signs, "speakerAfter", labelWithin(tokens, i + 1, Math.min(end, i + 1 + REACH)));
        sign(signs, "pronounBefore", i > first && tokens.get(i - 1).tag().equals("PRP"));
        sign(signs, "paragraphStart", Paragraphs.startsAt(document, first));
        for (String sign : signs.toString().split(" ")) {
            if (!sign.isEmpty()) {
                out.add("c=" + sign);
                out.add("c|l=" + sign + "|" + lemma);
            }
        }
        out.add("len=" + Math.min(6, (end - first) / 8));
        out.add("pos=" + Math.min(5, (i - first) / 5));
    }

    private static void sign(StringBuilder signs, String name, boolean holds) {
        if (holds) {
            signs.append(name).append(' ');
        }
    }

    private static boolean within(List<CoreLabel> tokens, int from, int to, Set<String> words) {
        for (int j = from; j < to; j++) {
            if (words.contains(lower(tokens.get(j)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean labelWithin(List<CoreLabel> tokens, int from, int to) {
        for (int j = from; j < to; j++) {
            if (SPEAKER_LABELS.contains(tokens.get(j).ner()) || tokens.get(j).tag().equals("PRP")) {
                return true;
            }
        }
        return false;
    }

    private static String wordAt(ParsedDocument document, int j, int first, int end) {
        return j < first ? "<s>" : j >= end ? "</s>" : lower(document.tokens().get(j));
    }

    private static String tagAt(ParsedDocument document, int j, int first, int end) {
        return j < first ? "<s>" : j >= end ? "</s>" : document.tokens().get(j).tag();
    }

    private static String lower(CoreLabel token) {
        return token.word().toLowerCase(Locale.ROOT);
    }

    private static String suffix(String word) {
        return word.length() <= 3 ? word : word.substring(word.length() - 3);
    }

    /** Xx for a capitalised word, x lower case, X capitals, d digits, . punctuation; runs collapsed. */
    private static String shape(String surface) {
        StringBuilder shape = new StringBuilder();
        for (int k = 0; k < surface.length() && shape.length() < 4; k++) {
            char c = surface.charAt(k);
            char kind = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd'
                    : '.';
            if (shape.length() == 0 || shape.charAt(shape.length() - 1) != kind) {
                shape.append(kind);
            }
        }
        return shape.toString();
    }
}
