package org.claimlens.analysis.extraction;

import edu.stanford.nlp.ling.CoreLabel;
import org.claimlens.analysis.learning.FeatureHashing;
import org.claimlens.analysis.learning.SparseVector;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the claimant model sees of a cue and one word of its sentence that could name the claimant: the word (part of
 * speech, entity label, pronoun), which side of the cue it stands on, how far and how many candidates away, and what
 * lies between the two (commas, a verb, a quotation mark, "that", a bracket), with the cue's lemma. Public so model
 * training extracts exactly the features the product scores.
 *
 * @param bits the features are hashed into {@code 2^bits} slots
 */
public record ClaimantFeatures(int bits) {

    private static final Set<String> CLOSED_WORDS = Set.of("PRP", "PRP$", "WP", "DT", "CD");
    private static final Set<String> NEIGHBOUR_WORDS = Set.of("IN", "TO", "POS", ",", "DT", "WP", "CC", ":");
    private static final Set<String> NAME_TAGS = Set.of("NNP", "NNPS");

    public ClaimantFeatures {
        if (bits < 10 || bits > 24) {
            throw new IllegalArgumentException("unusable claimant features: bits " + bits);
        }
    }

    public int slots() {
        return 1 << bits;
    }

    /** Tokens either side of a cue that may hold its claimant. */
    static final int CANDIDATE_REACH = 80;

    /**
     * Words that may head a claimant: the last noun of a compound, a pronoun, "who", a possessive, a capitalised
     * adjective ("Republican"); in the cue's sentence within {@link #CANDIDATE_REACH} tokens of it, outside the cue,
     * in text order.
     */
    public static List<Integer> candidates(ParsedDocument document, Cue cue) {
        List<CoreLabel> tokens = document.tokens();
        int sentence = ParsedDocument.sentenceOf(tokens.get(cue.first()));
        List<Integer> candidates = new ArrayList<>();
        // a window around the cue: no speaker stands further off, and a run-on "sentence" of thousands of words
        // would otherwise cost candidates times words for every cue in it
        int from = Math.max(document.sentenceStart(sentence), cue.first() - CANDIDATE_REACH);
        int to = Math.min(document.sentenceEnd(sentence), cue.end() + CANDIDATE_REACH);
        for (int i = from; i < to; i++) {
            if ((i < cue.first() || i >= cue.end()) && isCandidate(tokens, i, document.sentenceEnd(sentence))) {
                candidates.add(i);
            }
        }
        return candidates;
    }

    private static boolean isCandidate(List<CoreLabel> tokens, int i, int end) {
        CoreLabel token = tokens.get(i);
        String tag = token.tag();
        if (Phrases.isPunctuation(token)) {
            return false;
        }
        if (tag.equals("PRP") || tag.equals("PRP$") || tag.equals("WP")) {
            return true;
        }
        boolean nominal = NounPhrases.isHead(token) || tag.startsWith("JJ")
                && Character.isUpperCase(Phrases.surface(token).charAt(0));
        boolean compoundGoesOn = i + 1 < end && tokens.get(i + 1).tag().startsWith("NN");
        return nominal && !compoundGoesOn;
    }

    /**
     * The heads the word-order rules of {@link ClaimantFinder} name for the cue, before and after it; -1 for none.
     * The model reads them as features, so that it learns when to trust them.
     */
    public static int[] ruleHeads(ParsedDocument document, Cue cue) {
        List<CoreLabel> tokens = document.tokens();
        int sentence = ParsedDocument.sentenceOf(tokens.get(cue.first()));
        int before = ClaimantFinder.before(tokens, cue.first(), document.sentenceStart(sentence))
                .map(Claimant::head).orElse(-1);
        int after = ClaimantFinder.after(tokens, cue.end(), document.sentenceEnd(sentence))
                .map(Claimant::head).orElse(-1);
        return new int[] {before, after};
    }

    /**
     * The features of candidate {@code candidate} for the cue; {@code candidates} are all of the cue's, in order, and
     * {@code ruleHeads} what {@link #ruleHeads} gives for it.
     */
    public SparseVector of(CueContext context, Cue cue, List<Integer> candidates, int[] ruleHeads, int candidate) {
        FeatureHashing out = new FeatureHashing();
        List<CoreLabel> tokens = context.document().tokens();
        CoreLabel word = tokens.get(candidate);
        CoreLabel cueWord = tokens.get(cue.first());
        boolean left = candidate < cue.first();
        String side = left ? "L" : "R";
        int distance = left ? cue.first() - candidate : candidate - cue.last();
        String bucket = bucket(distance);
        String rank = String.valueOf(Math.min(4, rank(candidates, candidate, cue, left)));
        String tag = word.tag();
        String cueLemma = cueWord.lemma() == null ? Phrases.lower(cueWord) : cueWord.lemma().toLowerCase(Locale.ROOT);
        String cueTag = cueWord.tag().substring(0, Math.min(2, cueWord.tag().length()));
        out.add("bias");
        out.add("d=" + side + bucket);
        out.add("r=" + side + rank);
        out.add("r|t=" + side + rank + "|" + tag);
        out.add("t=" + tag);
        out.add("n=" + word.ner());
        out.add("n|r=" + word.ner() + "|" + side + rank);
        if (CLOSED_WORDS.contains(tag)) {
            out.add("w=" + Phrases.lower(word));
        }
        out.add("cl|s=" + cueLemma + "|" + side);
        out.add("cl|r=" + cueLemma + "|" + side + rank);
        out.add("ct|r|t=" + cueTag + "|" + side + rank + "|" + tag);
        out.add("prev=" + neighbour(tokens, candidate - 1));
        out.add("next=" + neighbour(tokens, candidate + 1));
        out.add("prev|s=" + neighbour(tokens, candidate - 1) + "|" + side);
        out.add("next|s=" + neighbour(tokens, candidate + 1) + "|" + side);
        out.add("name=" + NAME_TAGS.contains(tag) + "|" + side + rank);
        if (context.isQuoted(candidate)) {
            out.add("quoted");
        }
        out.add("rule=" + (candidate == ruleHeads[0] ? "before" : candidate == ruleHeads[1] ? "after" : "none")
                + "|" + (ruleHeads[0] >= 0) + (ruleHeads[1] >= 0));
        out.add("rule|ct=" + (candidate == ruleHeads[0] || candidate == ruleHeads[1]) + "|" + cueTag);
        between(context, left ? candidate + 1 : cue.end(), left ? cue.first() : candidate, side, rank, out);
        return out.toVector(bits, false);
    }

    private static void between(CueContext context, int from, int to, String side, String rank, FeatureHashing out) {
        List<CoreLabel> tokens = context.document().tokens();
        int commas = 0;
        boolean verb = false;
        boolean quote = false;
        boolean that = false;
        boolean bracket = false;
        boolean relative = false;
        boolean onlyAuxiliaries = true;
        for (int i = from; i < to; i++) {
            CoreLabel token = tokens.get(i);
            String lower = Phrases.lower(token);
            commas += lower.equals(",") ? 1 : 0;
            verb |= Phrases.isFiniteVerb(token);
            quote |= Quotes.isMark(token);
            that |= lower.equals("that");
            bracket |= token.tag().equals("-LRB-") || token.tag().equals("-RRB-");
            relative |= token.tag().equals("WP") || token.tag().equals("WDT");
            onlyAuxiliaries &= token.tag().startsWith("RB") || token.tag().equals("MD") || token.tag().startsWith("VB");
        }
        String inside = "c" + Math.min(commas, 2) + (verb ? "v" : "") + (quote ? "q" : "") + (that ? "t" : "")
                + (bracket ? "b" : "") + (relative ? "w" : "");
        out.add("b=" + side + inside);
        out.add("b|r=" + side + rank + inside);
        if (onlyAuxiliaries) {
            out.add("adjacent|" + side);
        }
    }

    private static int rank(List<Integer> candidates, int candidate, Cue cue, boolean left) {
        int rank = 1;
        for (int other : candidates) {
            boolean between = left ? other > candidate && other < cue.first() : other < candidate && other > cue.last();
            rank += between ? 1 : 0;
        }
        return rank;
    }

    private static String neighbour(List<CoreLabel> tokens, int i) {
        if (i < 0 || i >= tokens.size()) {
            return "<none>";
        }
        CoreLabel token = tokens.get(i);
        return NEIGHBOUR_WORDS.contains(token.tag()) ? Phrases.lower(token) : token.tag();
    }

    private static String bucket(int distance) {
        if (distance <= 3) {
            return String.valueOf(distance);
        }
        return distance <= 6 ? "4-6" : distance <= 10 ? "7-10" : distance <= 15 ? "11-15" : "16+";
    }
}
