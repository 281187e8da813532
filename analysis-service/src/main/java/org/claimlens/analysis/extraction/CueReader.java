package org.claimlens.analysis.extraction;

import edu.stanford.nlp.ling.CoreLabel;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads what a cue attributes and to whom, from the words around it. The content follows the cue ("officials said
 * that ..."), up to the sentence end or the end of a quotation that opens there; or precedes it ("..., officials
 * said.", "“...,” said Senator Lindsey Graham"), from the sentence start or the quotation's opening mark; or
 * surrounds it ("The repairs, officials said, would cost more"). Negated cues and cues inside quotations make no
 * reading: the first states nothing, the second is the quoted speaker's.
 */
final class CueReader {

    private static final Set<String> NEGATIONS = Set.of("not", "n't", "n\u2019t", "never");
    private static final Set<String> COORDINATORS = Set.of("and", "but", "or");
    /** Words that open a condition or a time, not a statement: "When he bought the mine, Clarke said ...". */
    private static final Set<String> SUBORDINATORS = Set.of("as", "if", "when", "while", "although", "though",
            "because", "after", "before", "since", "unless", "until", "once", "whether", "even");
    private static final Set<String> CLAUSE_OPENERS = Set.of(",", ":", "that");
    /** Verbs that can come before their speaker; "…, called Operation Gallant Phoenix," names, it does not say. */
    private static final Set<String> INVERTIBLE_TAGS = Set.of("VBD", "VBZ", "VBP");
    private static final int MIN_CONTENT_WORDS = 3;
    private static final int MAX_HEARER_TOKENS = 3;
    private static final int INTERRUPTION_REACH = 5;

    private final CueContext context;
    private final List<CoreLabel> tokens;
    private final ContentBounds bounds;
    private final FixedShapeCues fixedShapes;

    CueReader(CueContext context) {
        this.context = context;
        this.tokens = context.document().tokens();
        this.bounds = new ContentBounds(context);
        this.fixedShapes = new FixedShapeCues(context, bounds);
    }

    Optional<CueReading> read(Cue found) {
        if (context.isQuoted(found.first()) || isNegated(found)) {
            return Optional.empty();
        }
        int sentence = ParsedDocument.sentenceOf(tokens.get(found.first()));
        int first = context.document().sentenceStart(sentence);
        int end = context.document().sentenceEnd(sentence);
        if (FixedShapeCues.isAccordingTo(tokens, found)) {
            return fixedShapes.accordingTo(found, first, end);
        }
        Cue cue = withHearer(found, end);
        int auxiliary = fixedShapes.passiveAuxiliary(cue, first);
        if (auxiliary >= 0) {
            return fixedShapes.passive(cue, auxiliary, first, end);
        }
        return fixedShapes.isRaising(cue, end) ? Optional.empty() : active(cue, first, end);
    }

    /** A cue in the active voice: which side its content is on, decided by where its claimant stands. */
    private Optional<CueReading> active(Cue cue, int first, int end) {
        Optional<Claimant> before = ClaimantFinder.before(tokens, cue.first(), first);
        Optional<Claimant> inverted = before.isPresent() ? Optional.empty() : inverted(cue, first, end);
        int leftEnd = inverted.isPresent() ? cue.first() : before.map(Claimant::start).orElse(cue.first());
        boolean trailing = inverted.isPresent() || leftEnd > first && isAfterContent(leftEnd - 1);
        int rightStart = bounds.startAfter(cue.end(), end);
        int rightEnd = bounds.endFrom(rightStart, end);
        Claimant claimant = inverted.or(() -> before).orElse(null);
        if (trailing && leftEnd > first && interrupts(cue, end)) {
            return ContentBounds.reading(cue, first, rightEnd, claimant);
        }
        boolean relative = isRelative(cue, first);
        if (!relative && (inverted.isPresent() || trailing && contentComesFirst(cue, first, leftEnd, rightStart,
                rightEnd))) {
            return bounds.before(cue, first, leftEnd, claimant);
        }
        if (bounds.words(rightStart, rightEnd) >= MIN_CONTENT_WORDS || bounds.startsQuotation(rightStart)) {
            Claimant speaker = isParticiple(cue) ? Optional.ofNullable(subject(cue, first)).or(() -> before)
                    .orElse(null) : before.orElse(null);
            return bounds.after(cue, rightStart, rightEnd, speaker);
        }
        if (leftEnd == first && first > 1 && bounds.isClosingMark(first - 1) && isExclamation(first - 2)) {
            // "“Why not?” he asks.": the question mark ended the quotation's sentence
            return bounds.quotationClosedAt(cue, first - 1, claimant);
        }
        if (rightStart >= rightEnd && endsWithColon(cue, end)) {
            return bounds.nextSentence(cue, end, claimant);
        }
        return trailing && !relative ? bounds.before(cue, first, leftEnd, claimant) : Optional.empty();
    }

    /**
     * Whether what stands before ", X said" is the content: a quotation ending there, or a statement of its own
     * (a finite verb, no opening "When ...") when nothing after the cue reads as a clause.
     */
    private boolean contentComesFirst(Cue cue, int first, int leftEnd, int rightStart, int rightEnd) {
        int beforeComma = leftEnd - 1 - (Phrases.lower(tokens.get(leftEnd - 1)).equals(",") ? 1 : 0);
        if (bounds.isClosingMark(beforeComma)) {
            return true;
        }
        boolean statementBefore = bounds.words(first, leftEnd) >= MIN_CONTENT_WORDS && holdsClause(first, leftEnd)
                && !SUBORDINATORS.contains(Phrases.lower(tokens.get(first)));
        boolean clauseAfter = rightStart > cue.end() && rightStart < rightEnd || bounds.startsQuotation(rightStart)
                || startsClause(rightStart, rightEnd);
        return statementBefore && !clauseAfter;
    }

    /** "The repairs, officials said, would cost more": a comma soon after the cue, then the clause's own verb. */
    private boolean interrupts(Cue cue, int end) {
        for (int i = cue.end(); i < Math.min(end - 1, cue.end() + INTERRUPTION_REACH); i++) {
            if (Phrases.lower(tokens.get(i)).equals(",")) {
                return Phrases.isFiniteVerb(tokens.get(i + 1));
            }
            if (Phrases.isVerb(tokens.get(i)) || bounds.isSentenceEnd(i)) {
                return false;
            }
        }
        return false;
    }

    /** "an ally who has criticized the drawdown": what a relative clause says follows its verb. */
    private boolean isRelative(Cue cue, int first) {
        int i = cue.first() - 1;
        while (i > first && (tokens.get(i).tag().startsWith("RB") || Phrases.isAuxiliary(tokens.get(i)))) {
            i--;
        }
        return i >= first && (tokens.get(i).tag().equals("WP") || tokens.get(i).tag().equals("WDT"));
    }

    /** A noun phrase and then a verb of its own: "the Patriot deal had played ...", "he would". */
    private boolean startsClause(int start, int end) {
        if (start >= end || !NounPhrases.canStart(tokens.get(start))) {
            return false;
        }
        int verb = NounPhrases.endFrom(tokens, start, end);
        while (verb < end && tokens.get(verb).tag().startsWith("RB")) {
            verb++;
        }
        return verb > start && verb < end && Phrases.isFiniteVerb(tokens.get(verb));
    }

    /**
     * "Trump is telling veterans ... and says he will", "..., saying that": a participle, an infinitive or a second
     * verb of one subject has that subject as its claimant, the first noun phrase before the sentence's first verb.
     */
    private Claimant subject(Cue cue, int first) {
        for (int i = first; i < cue.first(); i++) {
            if (Phrases.isFiniteVerb(tokens.get(i)) && !context.isQuoted(i)) {
                return ClaimantFinder.before(tokens, i, first).orElse(null);
            }
        }
        return null;
    }

    /** A verb form that takes its subject from the clause it hangs on: "saying", "to express", "and says". */
    private boolean isParticiple(Cue cue) {
        CoreLabel verb = tokens.get(cue.first());
        CoreLabel previous = cue.first() > 0 ? tokens.get(cue.first() - 1) : null;
        boolean coordinated = previous != null && COORDINATORS.contains(Phrases.lower(previous));
        boolean infinitive = previous != null && previous.tag().equals("TO");
        boolean participle = verb.tag().equals("VBG") && (previous == null || !Phrases.isAuxiliary(previous));
        return coordinated || infinitive || participle;
    }

    /** Whether the words hold a finite verb or a quotation: a statement, not an opening phrase ("At the rally,"). */
    private boolean holdsClause(int start, int end) {
        for (int i = start; i < end; i++) {
            if (Phrases.isFiniteVerb(tokens.get(i)) || context.isQuoted(i)) {
                return true;
            }
        }
        return false;
    }

    /** "..., said Senator Lindsey Graham." and "“...” said Graham": the speaker after the verb, then nothing more. */
    private Optional<Claimant> inverted(Cue cue, int first, int end) {
        if (cue.first() == first || !isAfterContent(cue.first() - 1)
                || !INVERTIBLE_TAGS.contains(tokens.get(cue.first()).tag())) {
            return Optional.empty();
        }
        if (!holdsClause(first, cue.first() - 1)) {
            // "The rest of the article, of course, defended the dams": a subject and an aside, not a statement
            return Optional.empty();
        }
        return ClaimantFinder.after(tokens, cue.end(), end)
                .filter(claimant -> claimant.end() >= end || bounds.isSentenceEnd(claimant.end())
                        || Phrases.lower(tokens.get(claimant.end())).equals(",")
                        || !Phrases.isVerb(tokens.get(claimant.end())));
    }

    /** "told senators": a hearer of a few words right after a verb of telling belongs to the cue. */
    private Cue withHearer(Cue cue, int end) {
        CoreLabel verb = tokens.get(cue.last());
        if (!SpeechVerbs.addressesSomeone(verb) || cue.end() >= end || !NounPhrases.canStart(tokens.get(cue.end()))) {
            return cue;
        }
        int hearerEnd = NounPhrases.endFrom(tokens, cue.end(), end);
        boolean clauseFollows = hearerEnd < end && (CLAUSE_OPENERS.contains(Phrases.lower(tokens.get(hearerEnd)))
                || NounPhrases.canStart(tokens.get(hearerEnd)) || Quotes.isMark(tokens.get(hearerEnd))
                || tokens.get(hearerEnd).tag().equals("IN"));
        boolean afterContent = hearerEnd >= end || bounds.isSentenceEnd(hearerEnd);
        if (hearerEnd > cue.end() && hearerEnd - cue.end() <= MAX_HEARER_TOKENS && (clauseFollows || afterContent)) {
            return new Cue(cue.first(), hearerEnd);
        }
        return cue;
    }

    /** A comma or a closing quotation mark before the claimant: the content came first. */
    private boolean isAfterContent(int i) {
        return Phrases.lower(tokens.get(i)).equals(",") || bounds.isClosingMark(i);
    }

    private boolean isNegated(Cue cue) {
        for (int i = Math.max(0, cue.first() - 2); i < Math.min(tokens.size(), cue.end() + 1); i++) {
            if (NEGATIONS.contains(Phrases.lower(tokens.get(i)))) {
                return true;
            }
        }
        return false;
    }

    private boolean isExclamation(int i) {
        String word = Phrases.lower(tokens.get(i));
        return word.equals("?") || word.equals("!");
    }

    private boolean endsWithColon(Cue cue, int end) {
        for (int i = cue.last(); i < end; i++) {
            if (Phrases.lower(tokens.get(i)).equals(":")) {
                return true;
            }
        }
        return false;
    }
}
