package org.claimlens.analysis.extraction;

import edu.stanford.nlp.ling.CoreLabel;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the claimant of a cue from parts of speech alone: the noun phrase before it ("Dutch officials said"), past
 * adverbs and auxiliaries ("has also said"), an apposition ("Russell Travers, the acting head of ..., told") or a
 * relative pronoun ("Graham, who said"); or the one after it ("said Senator Lindsey Graham", "according to X").
 */
final class ClaimantFinder {

    private static final Set<String> SKIPPED_BEFORE = Set.of("RB", "RBR", "MD");
    private static final Set<String> AUXILIARIES = Set.of("be", "have", "do", "will", "would");
    private static final Set<String> RELATIVES = Set.of("who", "which");
    private static final int MAX_SKIPPED = 3;
    /** Dates and amounts never speak: "early Friday saying"; shares do: "73 percent said". */
    private static final Set<String> VALUES = Set.of("DATE", "TIME", "DURATION", "MONEY", "SET");
    private static final Set<String> PREPOSITIONS = Set.of("IN", "TO");
    private static final Set<String> MODIFIER_VERBS = Set.of("VBN", "VBG", "RB");
    private static final Set<String> NOMINALISERS = Set.of("DT", "CD");
    private static final int MAX_MODIFIER_HOPS = 3;
    private static final int MAX_APPOSITION_TOKENS = 25;
    private static final int MAX_PARENTHESIS_TOKENS = 8;

    private ClaimantFinder() {
    }

    /** The claimant ending before the cue's first token, within the sentence starting at {@code limit}. */
    static Optional<Claimant> before(List<CoreLabel> tokens, int cueStart, int limit) {
        return nearestBefore(tokens, cueStart, limit).filter(claimant -> speaks(tokens, claimant));
    }

    private static Optional<Claimant> nearestBefore(List<CoreLabel> tokens, int cueStart, int limit) {
        int j = cueStart - 1;
        int skipped = 0;
        while (j >= limit && skipped < MAX_SKIPPED && isSkippable(tokens.get(j))) {
            j--;
            skipped++;
        }
        j = beforeParenthesis(tokens, j, limit);
        if (j < limit) {
            return Optional.empty();
        }
        CoreLabel token = tokens.get(j);
        if (RELATIVES.contains(Phrases.lower(token))) {
            return antecedent(tokens, j, limit);
        }
        if (Phrases.lower(token).equals(",")) {
            return beforeApposition(tokens, j, limit);
        }
        return pastModifiers(tokens, phraseEndingAt(tokens, j, limit), limit);
    }

    /**
     * "A poll released in late August found", "Trump on Monday said": a noun phrase after a preposition is the
     * object of a phrase that modifies the subject, which stands further left.
     */
    private static Optional<Claimant> pastModifiers(List<CoreLabel> tokens, Optional<Claimant> found, int limit) {
        Optional<Claimant> claimant = found;
        for (int hops = 0; claimant.isPresent() && hops < MAX_MODIFIER_HOPS; hops++) {
            int k = claimant.get().start() - 1;
            if (k <= limit || !PREPOSITIONS.contains(tokens.get(k).tag())) {
                return claimant;
            }
            k--;
            while (k > limit && MODIFIER_VERBS.contains(tokens.get(k).tag())) {
                k--;
            }
            Optional<Claimant> further = phraseEndingAt(tokens, k, limit);
            if (further.isEmpty()) {
                return claimant;
            }
            claimant = further;
        }
        return claimant;
    }

    /** The claimant starting right after the cue: "said Senator Lindsey Graham", "according to officials". */
    static Optional<Claimant> after(List<CoreLabel> tokens, int cueEnd, int limit) {
        if (cueEnd >= limit || !NounPhrases.canStart(tokens.get(cueEnd))) {
            return Optional.empty();
        }
        int end = NounPhrases.endFrom(tokens, cueEnd, limit);
        if (end <= cueEnd) {
            return Optional.empty();
        }
        return Optional.of(new Claimant(cueEnd, end, headOf(tokens, cueEnd, end)))
                .filter(claimant -> speaks(tokens, claimant));
    }

    private static boolean speaks(List<CoreLabel> tokens, Claimant claimant) {
        return !VALUES.contains(tokens.get(claimant.head()).ner());
    }

    /** "officials, who described": the noun phrase a relative pronoun stands for. */
    static Optional<Claimant> antecedent(List<CoreLabel> tokens, int pronoun, int limit) {
        int head = pronoun - 1 >= limit && Phrases.lower(tokens.get(pronoun - 1)).equals(",") ? pronoun - 2
                : pronoun - 1;
        return phraseEndingAt(tokens, head, limit);
    }

    /** "Sen. Claire McCaskill (D-Mo.) said": the name is before the bracket. */
    private static int beforeParenthesis(List<CoreLabel> tokens, int j, int limit) {
        if (j < limit || !tokens.get(j).tag().equals("-RRB-")) {
            return j;
        }
        for (int k = j - 1; k >= Math.max(limit, j - MAX_PARENTHESIS_TOKENS); k--) {
            if (tokens.get(k).tag().equals("-LRB-")) {
                return k - 1;
            }
        }
        return j;
    }

    /** "NAME, DESCRIPTION, said": the name before the description set off by commas. */
    private static Optional<Claimant> beforeApposition(List<CoreLabel> tokens, int comma, int limit) {
        for (int k = comma - 2; k >= Math.max(limit, comma - MAX_APPOSITION_TOKENS); k--) {
            if (Phrases.lower(tokens.get(k)).equals(",")) {
                return k + 1 < comma && NounPhrases.canStart(tokens.get(k + 1))
                        || RELATIVES.contains(Phrases.lower(tokens.get(k + 1)))
                        || Phrases.lower(tokens.get(k + 1)).equals("including")
                        ? phraseEndingAt(tokens, k - 1, limit) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Optional<Claimant> phraseEndingAt(List<CoreLabel> tokens, int head, int limit) {
        if (head < limit || !isHead(tokens, head, limit)) {
            return Optional.empty();
        }
        return Optional.of(new Claimant(NounPhrases.startOf(tokens, head, limit), head + 1, head));
    }

    /** A noun, or an adjective standing for one: "One Republican threatened", "the rich say". */
    private static boolean isHead(List<CoreLabel> tokens, int head, int limit) {
        CoreLabel token = tokens.get(head);
        if (NounPhrases.isHead(token)) {
            return true;
        }
        boolean adjective = token.tag().startsWith("JJ") && !Phrases.isPunctuation(token);
        return adjective && (Character.isUpperCase(Phrases.surface(token).charAt(0))
                || head > limit && NOMINALISERS.contains(tokens.get(head - 1).tag()));
    }

    /** The last noun before an "of" phrase, else the last noun: "Critics" of "Critics of the plan". */
    private static int headOf(List<CoreLabel> tokens, int start, int end) {
        int head = end - 1;
        for (int i = start; i < end; i++) {
            if (Phrases.lower(tokens.get(i)).equals("of") || Phrases.lower(tokens.get(i)).equals("for")) {
                return i - 1;
            }
        }
        return head;
    }

    private static boolean isSkippable(CoreLabel token) {
        String lemma = token.lemma() == null ? "" : token.lemma();
        return SKIPPED_BEFORE.contains(token.tag()) && !Phrases.lower(token).equals("not")
                && !Phrases.lower(token).equals("n't") && !Phrases.lower(token).equals("n\u2019t")
                && !Phrases.lower(token).equals("never")
                || token.tag().startsWith("VB") && AUXILIARIES.contains(lemma);
    }
}
