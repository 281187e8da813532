package org.claimlens.analysis.extraction;

import edu.stanford.nlp.ling.CoreLabel;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads what a cue attributes and to whom, from the words around it. The content follows the cue ("officials said
 * that ..."), up to the sentence end or the end of a quotation that opens there; or precedes it ("..., officials
 * said.", "“...,” said Senator Lindsey Graham"), from the sentence start or the quotation's opening mark; or
 * surrounds it ("The repairs, officials said, would cost more"). "According to X" takes the side of the sentence
 * that holds the statement.
 */
final class CueReader {

    private static final Set<String> NEGATIONS = Set.of("not", "n't", "n\u2019t", "never");
    private static final Set<String> CLAUSE_OPENERS = Set.of(",", ":", "that");
    private static final Set<String> SENTENCE_ENDS = Set.of(".", "!", "?", ";");
    private static final int MIN_CONTENT_WORDS = 3;
    /** How far past the cue a "that" may still introduce its clause: "said in late September that". */
    private static final int THAT_REACH = 8;
    private static final int MAX_HEARER_TOKENS = 3;
    private static final int INTERRUPTION_REACH = 5;
    private static final Set<String> FINITE_VERBS = Set.of("MD", "VBD", "VBP", "VBZ");
    private static final Set<String> COORDINATORS = Set.of("and", "but", "or");
    private static final Set<String> AUXILIARIES = Set.of("be", "have", "do");
    private static final Set<String> PASSIVE_AUXILIARIES = Set.of("be", "get");
    private static final Set<String> RAISING = Set.of("seem", "appear");
    /** Words that open a condition or a time, not a statement: "When he bought the mine, Clarke said ...". */
    private static final Set<String> SUBORDINATORS = Set.of("as", "if", "when", "while", "although", "though",
            "because", "after", "before", "since", "unless", "until", "once", "whether", "even");

    private final CueContext context;
    private final List<CoreLabel> tokens;

    CueReader(CueContext context) {
        this.context = context;
        this.tokens = context.document().tokens();
    }

    Optional<CueReading> read(Cue found) {
        if (context.isQuoted(found.first()) || isNegated(found)) {
            return Optional.empty();
        }
        int sentence = ParsedDocument.sentenceOf(tokens.get(found.first()));
        int first = context.document().sentenceStart(sentence);
        int end = context.document().sentenceEnd(sentence);
        if (Phrases.lower(tokens.get(found.first())).equals("according")) {
            return accordingTo(found, first, end);
        }
        Cue cue = withHearer(found, end);
        int auxiliary = passiveAuxiliary(cue, first);
        if (auxiliary >= 0) {
            return passive(cue, auxiliary, first, end);
        }
        if (isRaising(cue, end)) {
            return Optional.empty();
        }
        Optional<Claimant> before = ClaimantFinder.before(tokens, cue.first(), first);
        Optional<Claimant> inverted = before.isPresent() ? Optional.empty() : inverted(cue, first, end);
        int leftEnd = inverted.isPresent() ? cue.first() : before.map(Claimant::start).orElse(cue.first());
        boolean trailing = inverted.isPresent() || leftEnd > first && isAfterContent(leftEnd - 1);
        int rightStart = contentStartAfter(cue.end(), end);
        int rightEnd = contentEnd(rightStart, end);
        Claimant claimant = inverted.or(() -> before).orElse(null);
        if (trailing && leftEnd > first && interrupts(cue, end)) {
            return reading(cue, first, rightEnd, claimant);
        }
        boolean clauseAfter = rightStart > cue.end() && rightStart < end || startsQuotation(rightStart)
                || startsClause(rightStart, rightEnd);
        boolean quotationBefore = leftEnd > first && isClosingMark(leftEnd - 1 - (isComma(leftEnd - 1) ? 1 : 0));
        boolean statementBefore = words(first, leftEnd) >= MIN_CONTENT_WORDS && holdsClause(first, leftEnd)
                && !SUBORDINATORS.contains(Phrases.lower(tokens.get(first)));
        boolean relative = isRelative(cue, first);
        if (!relative && (inverted.isPresent() || trailing && (quotationBefore || statementBefore && !clauseAfter))) {
            return contentBefore(cue, first, leftEnd, claimant);
        }
        if (words(rightStart, rightEnd) >= MIN_CONTENT_WORDS || startsQuotation(rightStart)) {
            Claimant speaker = isParticiple(cue) ? Optional.ofNullable(subject(cue, first)).or(() -> before).orElse(null)
                    : before.orElse(null);
            return contentAfter(cue, rightStart, rightEnd, speaker);
        }
        if (leftEnd == first && first > 1 && isClosingMark(first - 1) && isExclamation(first - 2)) {
            // "“Why not?” he asks.": the question mark ended the quotation's sentence
            Quotation quotation = Quotations.holding(context.quotations(), first - 1);
            return reading(cue, quotation.innerStart(), quotation.innerEnd(), claimant);
        }
        if (rightStart >= rightEnd && endsWithColon(cue, end)) {
            return nextSentence(cue, end, claimant);
        }
        return trailing && !relative ? contentBefore(cue, first, leftEnd, claimant) : Optional.empty();
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

    /** "Caddell continued:" and the words in the next paragraph: its quotation, or else its first sentence. */
    private Optional<CueReading> nextSentence(Cue cue, int end, Claimant claimant) {
        if (end >= tokens.size()) {
            return Optional.empty();
        }
        Quotation quotation = quotationOpeningAt(end);
        if (quotation != null) {
            return reading(cue, quotation.innerStart(), quotation.innerEnd(), claimant);
        }
        int sentence = ParsedDocument.sentenceOf(tokens.get(end));
        int next = context.document().sentenceEnd(sentence);
        return reading(cue, end, contentEnd(end, next), claimant);
    }

    /** "Melania seems to have vanished": the subject is part of what seems so, and nobody is said to say it. */
    private boolean isRaising(Cue cue, int end) {
        CoreLabel verb = tokens.get(cue.last());
        return verb.lemma() != null && RAISING.contains(verb.lemma()) && cue.end() < end
                && tokens.get(cue.end()).tag().equals("TO");
    }

    /** "an ally who has criticized the drawdown": what a relative clause says follows its verb. */
    private boolean isRelative(Cue cue, int first) {
        int i = cue.first() - 1;
        while (i > first && (tokens.get(i).tag().startsWith("RB") || isAuxiliary(tokens.get(i)))) {
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
        return verb > start && verb < end && FINITE_VERBS.contains(tokens.get(verb).tag());
    }

    private boolean isComma(int i) {
        return i >= 0 && Phrases.lower(tokens.get(i)).equals(",");
    }

    private boolean isClosingMark(int i) {
        return i >= 0 && context.isQuoted(i) && Quotations.direction(context.document(), i)
                == Quotations.Direction.CLOSING;
    }

    /**
     * "Trump is telling veterans ... and says he will", "..., saying that": a participle, an infinitive or a second
     * verb of one subject has that subject as its claimant, the first noun phrase before the sentence's first verb.
     */
    private Claimant subject(Cue cue, int first) {
        for (int i = first; i < cue.first(); i++) {
            if (FINITE_VERBS.contains(tokens.get(i).tag()) && !context.isQuoted(i)) {
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
        boolean participle = verb.tag().equals("VBG") && (previous == null || !isAuxiliary(previous));
        return coordinated || infinitive || participle;
    }

    /**
     * "The plan was first reported by The Washington Post", "Trump is supported by few papers": the agent after "by"
     * is the claimant and the subject the content. A passive with no agent names nobody: "is expected to", "was
     * accused of" attribute to no one the text names, so they make no claim.
     */
    private Optional<CueReading> passive(Cue cue, int auxiliary, int first, int end) {
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
        while (subjectEnd > first && isAuxiliary(tokens.get(subjectEnd - 1))) {
            subjectEnd--;
        }
        return reading(new Cue(cue.first(), by + 1), first, subjectEnd, agent.get());
    }

    /**
     * The "be" or "get" of a passive whose participle ends the cue, past adverbs and coordinated participles ("got
     * quietly aided and abetted"); -1 when the cue is no passive.
     */
    private int passiveAuxiliary(Cue cue, int first) {
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

    /** Whether the words hold a finite verb or a quotation: a statement, not an opening phrase ("At the rally,"). */
    private boolean holdsClause(int start, int end) {
        for (int i = start; i < end; i++) {
            if (FINITE_VERBS.contains(tokens.get(i).tag()) || context.isQuoted(i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAuxiliary(CoreLabel token) {
        return token.tag().startsWith("VB") && AUXILIARIES.contains(token.lemma()) || token.tag().equals("MD");
    }

    /** "The repairs, officials said, would cost more": a comma soon after the cue, then the clause's own verb. */
    private boolean interrupts(Cue cue, int end) {
        for (int i = cue.end(); i < Math.min(end - 1, cue.end() + INTERRUPTION_REACH); i++) {
            if (Phrases.lower(tokens.get(i)).equals(",")) {
                return FINITE_VERBS.contains(tokens.get(i + 1).tag());
            }
            if (Phrases.isVerb(tokens.get(i)) || isSentenceEnd(i)) {
                return false;
            }
        }
        return false;
    }

    private Optional<CueReading> contentAfter(Cue cue, int start, int end, Claimant claimant) {
        Quotation quotation = quotationOpeningAt(start);
        if (quotation != null && (quotation.innerEnd() >= end || words(quotation.end(), end) == 0)) {
            return reading(cue, quotation.innerStart(), quotation.innerEnd(), claimant);
        }
        int contentEnd = end;
        for (Quotation q : context.quotations()) {
            if (q.open() >= start && q.open() < end && q.innerEnd() > end) {
                contentEnd = q.end();
            }
        }
        return reading(cue, start, contentEnd, claimant);
    }

    private Optional<CueReading> contentBefore(Cue cue, int first, int end, Claimant claimant) {
        int contentEnd = end;
        while (contentEnd > first && isTrailingPunctuation(contentEnd - 1)) {
            contentEnd--;
        }
        Quotation quotation = contentEnd > 0 ? Quotations.holding(context.quotations(), contentEnd - 1) : null;
        if (quotation != null && quotation.closed() && quotation.innerEnd() == contentEnd - 1) {
            return reading(cue, quotation.innerStart(), quotation.innerEnd(), claimant);
        }
        return reading(cue, first, contentEnd, claimant);
    }

    /** "According to X, ..." or "..., according to X": the claimant after the cue, the content on the fuller side. */
    private Optional<CueReading> accordingTo(Cue found, int first, int end) {
        Cue cue = found.end() < end && Phrases.lower(tokens.get(found.end())).equals("to") && found.end() == found.first() + 1
                ? new Cue(found.first(), found.end() + 1) : found;
        Optional<Claimant> claimant = ClaimantFinder.after(tokens, cue.end(), end);
        int afterClaimant = claimant.map(Claimant::end).orElse(cue.end());
        int comma = afterClaimant;
        while (comma < end && !Phrases.lower(tokens.get(comma)).equals(",") && !isSentenceEnd(comma)) {
            comma++;
        }
        int rightStart = comma < end && Phrases.lower(tokens.get(comma)).equals(",") ? comma + 1 : end;
        int rightEnd = contentEnd(rightStart, end);
        int leftEnd = cue.first();
        while (leftEnd > first && isTrailingPunctuation(leftEnd - 1)) {
            leftEnd--;
        }
        int leftStart = first;
        if (words(rightStart, rightEnd) > words(leftStart, leftEnd)) {
            return reading(cue, rightStart, rightEnd, claimant.orElse(null));
        }
        return reading(cue, leftStart, leftEnd, claimant.orElse(null));
    }

    /** "..., said Senator Lindsey Graham." and "“...” said Graham": the speaker after the verb, then nothing more. */
    private Optional<Claimant> inverted(Cue cue, int first, int end) {
        if (cue.first() == first || !isAfterContent(cue.first() - 1) || !tokens.get(cue.first()).tag().startsWith("VB")) {
            return Optional.empty();
        }
        return ClaimantFinder.after(tokens, cue.end(), end)
                .filter(claimant -> claimant.end() >= end || isSentenceEnd(claimant.end())
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
        boolean afterContent = hearerEnd >= end || isSentenceEnd(hearerEnd);
        if (hearerEnd > cue.end() && hearerEnd - cue.end() <= MAX_HEARER_TOKENS && (clauseFollows || afterContent)) {
            return new Cue(cue.first(), hearerEnd);
        }
        return cue;
    }

    /** Past a comma, a colon and a "that" that opens the clause, even a few words on: "said on Monday that". */
    private int contentStartAfter(int start, int end) {
        int i = start;
        for (int j = start; j < Math.min(end, start + THAT_REACH); j++) {
            CoreLabel token = tokens.get(j);
            if (Phrases.lower(token).equals("that") && j > start) {
                i = j;
                break;
            }
            if (Phrases.isVerb(token) || Quotes.isMark(token) || isSentenceEnd(j)) {
                break;
            }
        }
        while (i < end && CLAUSE_OPENERS.contains(Phrases.lower(tokens.get(i)))) {
            i++;
        }
        return i;
    }

    /** The sentence end, less its final punctuation, or an ellipsis that ends a thought before a capital. */
    private int contentEnd(int start, int end) {
        for (int i = start; i + 1 < end; i++) {
            String word = Phrases.surface(tokens.get(i));
            if ((word.equals("\u2026") || word.equals("...")) && Character.isUpperCase(Phrases.surface(tokens.get(i + 1)).charAt(0))) {
                return i;
            }
        }
        int contentEnd = end;
        while (contentEnd > start && isTrailingPunctuation(contentEnd - 1)) {
            contentEnd--;
        }
        return contentEnd;
    }

    private Optional<CueReading> reading(Cue cue, int start, int end, Claimant claimant) {
        return end > start ? Optional.of(new CueReading(cue, start, end, claimant)) : Optional.empty();
    }

    private Quotation quotationOpeningAt(int start) {
        for (Quotation quotation : context.quotations()) {
            if (quotation.open() == start) {
                return quotation;
            }
        }
        return null;
    }

    private boolean startsQuotation(int start) {
        return quotationOpeningAt(start) != null;
    }

    /** A comma or a closing quotation mark before the claimant: the content came first. */
    private boolean isAfterContent(int i) {
        CoreLabel token = tokens.get(i);
        return Phrases.lower(token).equals(",") || Quotations.direction(context.document(), i)
                == Quotations.Direction.CLOSING && context.isQuoted(i);
    }

    private boolean isNegated(Cue cue) {
        for (int i = Math.max(0, cue.first() - 2); i < Math.min(tokens.size(), cue.end() + 1); i++) {
            if (NEGATIONS.contains(Phrases.lower(tokens.get(i)))) {
                return true;
            }
        }
        return false;
    }

    private boolean isSentenceEnd(int i) {
        return SENTENCE_ENDS.contains(Phrases.lower(tokens.get(i)));
    }

    private boolean isTrailingPunctuation(int i) {
        CoreLabel token = tokens.get(i);
        return Phrases.isPunctuation(token) && !Quotes.isMark(token);
    }

    private long words(int start, int end) {
        return start >= end ? 0 : Phrases.wordCount(tokens.subList(start, end));
    }
}
