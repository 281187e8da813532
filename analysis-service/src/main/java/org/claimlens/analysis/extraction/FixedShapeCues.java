package org.claimlens.analysis.extraction;

import edu.stanford.nlp.ling.CoreLabel;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Attributions of a fixed shape: "according to X", passives ("was first reported by the Gazette") and raising verbs
 * ("seems to"). A passive names its claimant after "by", and its subject is the content; without an agent, and with
 * a raising verb, nobody the text names says anything, so there is no claim.
 */
final class FixedShapeCues {

    private static final Set<String> PASSIVE_AUXILIARIES = Set.of("be", "get");
    private static final Set<String> RAISING = Set.of("seem", "appear");
    private static final Set<String> RELATIVES = Set.of("WDT", "WP");

    private final List<CoreLabel> tokens;
    private final ContentBounds bounds;

    FixedShapeCues(CueContext context, ContentBounds bounds) {
        this.tokens = context.document().tokens();
        this.bounds = bounds;
    }

    static boolean isAccordingTo(List<CoreLabel> tokens, Cue cue) {
        return Phrases.lower(tokens.get(cue.first())).equals("according");
    }

    /** "According to X, ..." or "..., according to X": the claimant after the cue, the content on the fuller side. */
    Optional<CueReading> accordingTo(Cue found, int first, int end) {
        boolean toFollows = found.end() < end && found.end() == found.first() + 1
                && Phrases.lower(tokens.get(found.end())).equals("to");
        Cue cue = toFollows ? new Cue(found.first(), found.end() + 1) : found;
        Optional<Claimant> claimant = ClaimantFinder.after(tokens, cue.end(), end);
        int comma = claimant.map(Claimant::end).orElse(cue.end());
        while (comma < end && !Phrases.lower(tokens.get(comma)).equals(",") && !bounds.isSentenceEnd(comma)) {
            comma++;
        }
        int rightStart = comma < end && Phrases.lower(tokens.get(comma)).equals(",") ? comma + 1 : end;
        int rightEnd = bounds.endFrom(rightStart, end);
        int leftEnd = bounds.withoutTrailingPunctuation(first, cue.first());
        if (bounds.words(rightStart, rightEnd) > bounds.words(first, leftEnd)) {
            return ContentBounds.reading(cue, rightStart, rightEnd, claimant.orElse(null));
        }
        return ContentBounds.reading(cue, first, leftEnd, claimant.orElse(null));
    }

    /**
     * The "be" or "get" of a passive whose participle ends the cue, past adverbs and coordinated participles ("got
     * quietly aided and abetted"); -1 when the cue is no passive.
     */
    int passiveAuxiliary(Cue cue, int first) {
        if (!tokens.get(cue.last()).tag().equals("VBN")) {
            return -1;
        }
        for (int i = cue.last() - 1; i >= first; i--) {
            CoreLabel token = tokens.get(i);
            if (token.tag().startsWith("VB") && PASSIVE_AUXILIARIES.contains(token.lemma())) {
                return i;
            }
            boolean between = token.tag().startsWith("RB") || token.tag().equals("VBN")
                    || Phrases.lower(token).equals("and");
            if (!between) {
                return -1;
            }
        }
        return -1;
    }

    /** "The plan was first reported by The Washington Post": the agent is the claimant, the subject the content. */
    Optional<CueReading> passive(Cue cue, int auxiliary, int first, int end) {
        int by = cue.end();
        while (by < end && tokens.get(by).tag().startsWith("RB")) {
            by++;
        }
        Optional<Claimant> agent = by < end && Phrases.lower(tokens.get(by)).equals("by")
                ? ClaimantFinder.after(tokens, by + 1, end) : Optional.empty();
        if (agent.isEmpty()) {
            return Optional.empty();
        }
        int subjectEnd = auxiliary;
        while (subjectEnd > first && Phrases.isAuxiliary(tokens.get(subjectEnd - 1))) {
            subjectEnd--;
        }
        Cue withBy = new Cue(cue.first(), by + 1);
        if (subjectEnd > first && RELATIVES.contains(tokens.get(subjectEnd - 1).tag())) {
            // "groups that were supported by the US": what the relative pronoun stands for is the content
            int head = subjectEnd - 2 >= first && Phrases.lower(tokens.get(subjectEnd - 2)).equals(",")
                    ? subjectEnd - 3 : subjectEnd - 2;
            return head >= first && NounPhrases.isHead(tokens.get(head))
                    ? ContentBounds.reading(withBy, NounPhrases.baseStart(tokens, head, first), head + 1, agent.get())
                    : Optional.empty();
        }
        return ContentBounds.reading(withBy, first, subjectEnd, agent.get());
    }

    /**
     * "Melania seems to have vanished", "they seemed unconcerned": the subject is part of what seems so, and nobody
     * is said to say it.
     */
    boolean isRaising(Cue cue, int end) {
        boolean seems = tokens.subList(cue.first(), cue.end()).stream()
                .anyMatch(word -> word.tag().startsWith("VB") && RAISING.contains(word.lemma()));
        return seems && cue.end() < end && !Phrases.lower(tokens.get(cue.end())).equals("that");
    }
}
