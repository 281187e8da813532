package org.claimlens.analysis.extraction;

import edu.stanford.nlp.ling.CoreLabel;
import org.claimlens.analysis.extraction.Certainty.Level;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The words that make a claim more or less firm, recognised by lemma and part of speech, with how firm each leaves
 * it (0..1): hedges ("may", "appears", "probably", "reportedly", "estimated", "the possibility exists"), distancing
 * ("claimed", "alleged", "so-called") and factive verbs ("confirmed", "admitted", "showed").
 */
final class CertaintyCues {

    /** A cue found at tokens {@code [start, end)} of the words looked at. */
    record Cue(Level level, double score, int start, int end) {
    }

    static final double CERTAIN_SCORE = 0.95;
    static final double ASSERTED_SCORE = 0.8;
    static final double NEGATED_FACTIVE_SCORE = 0.45;

    private static final Map<String, Double> HEDGING_ADVERBS = Map.ofEntries(Map.entry("probably", 0.65),
            Map.entry("likely", 0.65), Map.entry("presumably", 0.65), Map.entry("apparently", 0.55),
            Map.entry("reportedly", 0.55), Map.entry("allegedly", 0.45), Map.entry("unlikely", 0.35),
            Map.entry("possibly", 0.35), Map.entry("perhaps", 0.35), Map.entry("maybe", 0.35));
    private static final Map<String, Double> HEDGING_MODALS = Map.of("may", 0.45, "might", 0.35, "could", 0.4);
    private static final Map<String, Double> HEDGING_VERBS = Map.of("appear", 0.5, "seem", 0.5, "suggest", 0.5);
    /** What "appear" hedges before: "appears to", "it appears that", "appeared unlikely"; not "could appear". */
    private static final Set<String> APPEARING_AS = Set.of("to", "that", "as", "like");
    /** Verbs whose participle hedges: "are estimated to", "is believed to", "is said to". */
    private static final Map<String, Double> HEDGING_PARTICIPLES = Map.of("estimate", 0.6, "believe", 0.5,
            "think", 0.5, "say", 0.55, "report", 0.55, "rumor", 0.4, "rumour", 0.4, "suspect", 0.45);
    private static final Set<String> PARTICIPLES_ALONE = Set.of("estimate", "believe", "suspect");
    private static final Map<String, Double> DISTANCING = Map.of("claim", 0.35, "allege", 0.3, "alleged", 0.3,
            "purport", 0.25, "purported", 0.25, "purportedly", 0.25, "supposedly", 0.3, "ostensibly", 0.3);
    private static final double SO_CALLED_SCORE = 0.25;
    private static final double POSSIBILITY_SCORE = 0.35;
    private static final Set<String> FACTIVE = Set.of("confirm", "admit", "acknowledge", "reveal", "show", "prove",
            "concede", "demonstrate", "verify");
    private static final Set<String> FACTIVE_TAGS = Set.of("VBD", "VBZ", "VBP", "VBN");
    /** Attribution verbs that hedge or distance what they report: "officials estimated that ...". */
    private static final Map<String, Double> HEDGING_CUES = Map.ofEntries(Map.entry("estimate", 0.6),
            Map.entry("suggest", 0.5), Map.entry("believe", 0.55), Map.entry("think", 0.55),
            Map.entry("suspect", 0.45), Map.entry("speculate", 0.4), Map.entry("expect", 0.6),
            Map.entry("assume", 0.5), Map.entry("fear", 0.5), Map.entry("predict", 0.55), Map.entry("guess", 0.4));
    private static final Set<String> FACTIVE_CUES = Set.of("confirm", "admit", "acknowledge", "reveal", "show",
            "prove", "concede", "demonstrate", "verify", "disclose", "find");
    private static final Set<String> RESPONSIBILITY = Set.of("responsibility", "credit");
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");
    private static final int NEGATION_REACH = 3;

    private CertaintyCues() {
    }

    /** The cue starting at token {@code i} of the content, if one does. */
    static Optional<Cue> inContent(List<CoreLabel> tokens, int i) {
        CoreLabel token = tokens.get(i);
        String lemma = TokenKinds.lemma(token);
        String tag = TokenKinds.tag(token);
        String word = TokenKinds.lower(token);
        if (HEDGING_ADVERBS.containsKey(word)) {
            return cue(Level.HEDGED, HEDGING_ADVERBS.get(word), i, i + 1);
        }
        if (tag.equals("MD") && HEDGING_MODALS.containsKey(word) && !negatedAfter(tokens, i)) {
            return cue(Level.HEDGED, HEDGING_MODALS.get(word), i, i + 1);
        }
        boolean hedgingVerb = HEDGING_VERBS.containsKey(lemma) && (!lemma.equals("appear") || hedgingAppear(tokens, i));
        if (tag.startsWith("VB") && hedgingVerb) {
            return cue(Level.HEDGED, HEDGING_VERBS.get(lemma), i, i + 1);
        }
        if ((tag.equals("VBN") || tag.equals("JJ")) && HEDGING_PARTICIPLES.containsKey(lemma)
                && (PARTICIPLES_ALONE.contains(lemma) || next(tokens, i).equals("to"))) {
            return cue(Level.HEDGED, HEDGING_PARTICIPLES.get(lemma), i, i + 1);
        }
        if (word.equals("possibility") && lemmaAt(tokens, i + 1).equals("exist")) {
            return cue(Level.HEDGED, POSSIBILITY_SCORE, determinerBefore(tokens, i), i + 2);
        }
        if (lemma.equals("be") && next(tokens, i).equals("possible")) {
            return cue(Level.HEDGED, POSSIBILITY_SCORE, i, i + 2);
        }
        return distancing(tokens, i).or(() -> factive(tokens, i));
    }

    private static Optional<Cue> distancing(List<CoreLabel> tokens, int i) {
        String word = TokenKinds.lower(tokens.get(i));
        String lemma = TokenKinds.lemma(tokens.get(i));
        if (word.equals("so-called") || word.equals("so") && next(tokens, i).equals("-")
                && TokenKinds.lower(tokens.get(Math.min(i + 2, tokens.size() - 1))).equals("called")) {
            return cue(Level.DISTANCED, SO_CALLED_SCORE, i, word.equals("so") ? i + 3 : i + 1);
        }
        String key = DISTANCING.containsKey(word) ? word : lemma;
        boolean verbOrAdjective = TokenKinds.isVerb(tokens.get(i)) || TokenKinds.tag(tokens.get(i)).startsWith("JJ")
                || TokenKinds.tag(tokens.get(i)).startsWith("RB");
        if (DISTANCING.containsKey(key) && verbOrAdjective && !claimsResponsibility(tokens, i)) {
            return cue(Level.DISTANCED, DISTANCING.get(key), i, i + 1);
        }
        return Optional.empty();
    }

    /** "confirmed", or, negated, "has not been confirmed": the claim then stands unconfirmed. */
    private static Optional<Cue> factive(List<CoreLabel> tokens, int i) {
        CoreLabel token = tokens.get(i);
        if (!FACTIVE.contains(TokenKinds.lemma(token)) || !FACTIVE_TAGS.contains(TokenKinds.tag(token))) {
            return Optional.empty();
        }
        for (int j = i - 1; j >= Math.max(0, i - NEGATION_REACH); j--) {
            if (NEGATIONS.contains(TokenKinds.lower(tokens.get(j)))) {
                return cue(Level.HEDGED, NEGATED_FACTIVE_SCORE, j, i + 1);
            }
        }
        return cue(Level.CERTAIN, CERTAIN_SCORE, i, i + 1);
    }

    /**
     * The level an attribution cue ("estimated", "claimed", "confirmed") gives what it reports, if any;
     * {@code reported} is the content when it follows the cue, so "claimed | responsibility for" is seen whole.
     */
    static Optional<Cue> ofAttribution(List<CoreLabel> cue, List<CoreLabel> reported) {
        for (int i = 0; i < cue.size(); i++) {
            String lemma = TokenKinds.lemma(cue.get(i));
            if (HEDGING_CUES.containsKey(lemma)) {
                return cue(Level.HEDGED, HEDGING_CUES.get(lemma), i, i + 1);
            }
            if (DISTANCING.containsKey(lemma) && !claimsResponsibility(cue, i)
                    && !contentClaimsResponsibility(cue, i, reported)) {
                return cue(Level.DISTANCED, DISTANCING.get(lemma), i, i + 1);
            }
            if (FACTIVE_CUES.contains(lemma)) {
                return cue(Level.CERTAIN, CERTAIN_SCORE, i, i + 1);
            }
        }
        return Optional.empty();
    }

    private static boolean hedgingAppear(List<CoreLabel> tokens, int i) {
        int j = i + 1;
        while (j < tokens.size() && TokenKinds.tag(tokens.get(j)).startsWith("RB")) {
            j++;
        }
        return j < tokens.size() && (APPEARING_AS.contains(TokenKinds.lower(tokens.get(j)))
                || TokenKinds.tag(tokens.get(j)).startsWith("JJ") || TokenKinds.tag(tokens.get(j)).equals("VBN"));
    }

    /** "claimed responsibility for": owning an act, not a doubtful statement. */
    private static boolean claimsResponsibility(List<CoreLabel> tokens, int i) {
        for (int j = i + 1; j < Math.min(tokens.size(), i + 3); j++) {
            if (RESPONSIBILITY.contains(TokenKinds.lower(tokens.get(j)))) {
                return true;
            }
        }
        return false;
    }

    /** "claimed | responsibility for": the same two-word reach as {@link #claimsResponsibility}, into the content. */
    private static boolean contentClaimsResponsibility(List<CoreLabel> cue, int i, List<CoreLabel> reported) {
        int reach = Math.min(reported.size(), i + 3 - cue.size());
        for (int j = 0; j < reach; j++) {
            if (RESPONSIBILITY.contains(TokenKinds.lower(reported.get(j)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean negatedAfter(List<CoreLabel> tokens, int i) {
        return NEGATIONS.contains(next(tokens, i));
    }

    private static int determinerBefore(List<CoreLabel> tokens, int i) {
        return i > 0 && TokenKinds.tag(tokens.get(i - 1)).equals("DT") ? i - 1 : i;
    }

    private static String next(List<CoreLabel> tokens, int i) {
        return i + 1 < tokens.size() ? TokenKinds.lower(tokens.get(i + 1)) : "";
    }

    private static String lemmaAt(List<CoreLabel> tokens, int i) {
        return i < tokens.size() ? TokenKinds.lemma(tokens.get(i)) : "";
    }

    private static Optional<Cue> cue(Level level, double score, int start, int end) {
        return Optional.of(new Cue(level, score, start, end));
    }
}
