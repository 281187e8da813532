package org.claimlens.analysis.extraction;

import edu.stanford.nlp.ling.CoreLabel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the claims a text attributes to someone: the cues the {@link CueModel} finds outside quotations, each read
 * by {@link CueReader} into content and claimant; a transcript's speaker turns ({@link SpeakerTurns}); quotations no
 * cue claims, when they read as a statement; and quotations signed with a name after a dash. Claims whose claimant is the author, the reader or an editor's note
 * ("we", "Readers will note", "emphasis added") are dropped, and so are scare quotes.
 */
public final class AttributedClaims {

    /** The author, the reader, pronouns standing for sentences, editors' notes ("emphasis added") and no one. */
    private static final Set<String> NON_SOURCES = Set.of("i", "we", "you", "one", "this", "that", "there",
            "reader", "readers", "us", "'s", "\u2019s", "emphasis", "italics", "me", "no", "nobody", "none", "nothing");
    private static final Set<String> DASHES = Set.of("\u2015", "\u2014", "\u2013", "--", "-");
    private static final Set<String> NAME_LABELS = Set.of("PERSON", "ORGANIZATION");
    private static final Set<String> TRAILING_INSIDE = Set.of(",", ";", ":");
    private static final int MIN_CONTENT_WORDS = 3;
    private static final Set<String> WISHES = Set.of("hope", "wish", "pray", "long", "wait", "yearn");
    private static final Set<String> TIMES = Set.of("DATE", "TIME", "DURATION", "SET", "NUMBER");

    private final CueModel model;
    private final ClaimantModel claimants;
    private final int minQuoteWords;

    /** @param claimants the claimant chooser, or null to take the claimant the reading rules find */
    public AttributedClaims(CueModel model, ClaimantModel claimants, int minQuoteWords) {
        this.model = model;
        this.claimants = claimants;
        this.minQuoteWords = minQuoteWords;
    }

    /** The claims with their claimants unlinked, for training and evaluation. */
    public List<Claim> find(ParsedDocument document) {
        return find(new CueContext(document), null);
    }

    /** The claims in text order; {@code linker} links claimants to entities and may be null. */
    List<Claim> find(CueContext context, ClaimantLinker linker) {
        return find(context, linker, model.find(context));
    }

    /** The claims the given cues and the quotations make. */
    List<Claim> find(CueContext context, ClaimantLinker linker, List<Cue> cues) {
        // speaker turns first: where the cue model also found their colon, the whole turn is the better reading
        List<CueReading> readings = new ArrayList<>(SpeakerTurns.find(context));
        CueReader reader = new CueReader(context);
        for (Cue cue : cues) {
            if (Thread.currentThread().isInterrupted()) {
                // the extraction's deadline passed: stop here instead of finishing a document nobody will store
                throw new ExtractionException("claim extraction was interrupted");
            }
            reader.read(cue).filter(reading -> isSpeaker(context, reading))
                    .map(reading -> withChosenClaimant(context, reading))
                    .filter(reading -> isSpeaker(context, reading))
                    .filter(reading -> claim(context, reading, null).isPresent())
                    .ifPresent(readings::add);
        }
        List<Claim> claims = new ArrayList<>();
        for (CueReading reading : OverlappingReadings.separate(context, readings)) {
            claim(context, reading, linker).ifPresent(claims::add);
        }
        claims.addAll(unclaimedQuotations(context, claims, linker));
        claims.sort(Comparator.comparingInt((Claim claim) -> claim.content().start())
                .thenComparingInt(claim -> claim.content().end()));
        return SplitQuotes.join(context.document(), claims);
    }

    /**
     * The reading as a claim, if it makes one: reported content needs a claimant, and a verb, a quotation or at least
     * a noun phrase (what was criticised, called for, endorsed) that is no wish and no span of time ("hopes for a
     * quiet summer", "chanted for an hour"). A quotation needs a few words.
     */
    private Optional<Claim> claim(CueContext context, CueReading reading, ClaimantLinker linker) {
        ParsedDocument document = context.document();
        List<CoreLabel> tokens = document.tokens();
        Quotation quotation = Quotations.holding(context.quotations(), reading.contentStart());
        boolean wholeQuotation = quotation != null && quotation.innerStart() == reading.contentStart()
                && quotation.innerEnd() == reading.contentEnd();
        int[] range = wholeQuotation ? withoutTrailingInside(tokens, reading.contentStart(), reading.contentEnd())
                : ContentSpans.trimmed(context, reading.contentStart(), reading.contentEnd());
        int first = range[0];
        int end = range[1];
        long words = end > first ? Phrases.wordCount(tokens.subList(first, end)) : 0;
        if (words < (wholeQuotation ? minQuoteWords : MIN_CONTENT_WORDS)) {
            return Optional.empty();
        }
        long quoted = quotedWords(context, first, end);
        Claimant claimant = reading.claimant();
        boolean statement = quoted >= minQuoteWords || holdsVerb(tokens, first, end) || !isWishOrTime(tokens, reading,
                first, end);
        if (!wholeQuotation && (claimant == null || !statement)) {
            return Optional.empty();
        }
        ClaimKind kind = quoted * 2 > words ? ClaimKind.DIRECT_QUOTE : ClaimKind.INDIRECT;
        Span claimantSpan = claimant == null ? null : document.tokenSpan(claimant.start(), claimant.end());
        String key = claimant == null || linker == null ? null
                : linker.keyFor(document.tokenSpan(claimant.head(), claimant.head() + 1));
        Cue cue = withoutPunctuation(tokens, reading.cue());
        return Optional.of(new Claim(document.tokenSpan(first, end), kind, claimantSpan, key,
                document.tokenSpan(cue.first(), cue.end()), ParsedDocument.sentenceOf(tokens.get(first))));
    }

    /** "hopes for a quiet summer", "chanted for an hour": a wish for something, or how long something went on. */
    private static boolean isWishOrTime(List<CoreLabel> tokens, CueReading reading, int first, int end) {
        CoreLabel verb = tokens.get(reading.cue().first());
        boolean wish = verb.lemma() != null && WISHES.contains(verb.lemma().toLowerCase(Locale.ROOT));
        boolean time = tokens.subList(first, end).stream().filter(t -> NounPhrases.isHead(t))
                .allMatch(t -> TIMES.contains(t.ner()));
        return wish || time;
    }

    private static boolean holdsVerb(List<CoreLabel> tokens, int first, int end) {
        for (int i = first; i < end; i++) {
            if (Phrases.isVerb(tokens.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** "said:" is cued by "said"; a cue of punctuation alone (a colon) stays as it is. */
    private static Cue withoutPunctuation(List<CoreLabel> tokens, Cue cue) {
        int first = cue.first();
        int end = cue.end();
        while (end - first > 1 && Phrases.isPunctuation(tokens.get(end - 1))) {
            end--;
        }
        while (end - first > 1 && Phrases.isPunctuation(tokens.get(first))) {
            first++;
        }
        return new Cue(first, end);
    }

    /**
     * The model's claimant, unless it chose none or one inside the content the rules read, or the cue is a passive's
     * whose agent after "by" the rules took.
     */
    private CueReading withChosenClaimant(CueContext context, CueReading reading) {
        List<CoreLabel> tokens = context.document().tokens();
        if (claimants == null || Phrases.lower(tokens.get(reading.cue().last())).equals("by")) {
            return reading;
        }
        Claimant chosen = claimants.choose(context, reading.cue()).orElse(null);
        if (chosen == null || chosen.head() >= reading.contentStart() && chosen.head() < reading.contentEnd()) {
            return reading;
        }
        return new CueReading(reading.cue(), reading.contentStart(), reading.contentEnd(), chosen);
    }

    private boolean isSpeaker(CueContext context, CueReading reading) {
        Claimant claimant = reading.claimant();
        if (claimant == null) {
            return true;
        }
        List<CoreLabel> tokens = context.document().tokens();
        return !NON_SOURCES.contains(Phrases.lower(tokens.get(claimant.head())))
                && !NON_SOURCES.contains(Phrases.lower(tokens.get(claimant.start())));
    }

    /**
     * Quotations no cue attributed: signed with a dash and a name ("..." ― Maria Lopez), or left without a speaker
     * if they hold a verb; a quotation without one is more likely a title or a slogan than a statement.
     */
    private List<Claim> unclaimedQuotations(CueContext context, List<Claim> claims, ClaimantLinker linker) {
        ParsedDocument document = context.document();
        List<CoreLabel> tokens = document.tokens();
        List<Claim> found = new ArrayList<>();
        for (Quotation quotation : context.quotations()) {
            List<CoreLabel> inner = withoutTrailingInside(tokens.subList(quotation.innerStart(), quotation.innerEnd()));
            Span span = inner.isEmpty() ? null : document.span(inner);
            if (span == null || Phrases.wordCount(inner) < minQuoteWords
                    || claims.stream().anyMatch(claim -> overlaps(claim.content(), span))) {
                continue;
            }
            int dash = quotation.end();
            if (dash + 1 < tokens.size() && DASHES.contains(Phrases.surface(tokens.get(dash)))
                    && NAME_LABELS.contains(tokens.get(dash + 1).ner())) {
                int nameEnd = dash + 1;
                while (nameEnd < tokens.size() && tokens.get(nameEnd).ner().equals(tokens.get(dash + 1).ner())) {
                    nameEnd++;
                }
                String key = linker == null ? null : linker.keyFor(document.tokenSpan(nameEnd - 1, nameEnd));
                found.add(new Claim(span, ClaimKind.DIRECT_QUOTE, document.tokenSpan(dash + 1, nameEnd), key,
                        document.tokenSpan(dash, dash + 1), ParsedDocument.sentenceOf(inner.get(0))));
            } else if (inner.stream().anyMatch(token -> token.tag().startsWith("VB"))) {
                found.add(new Claim(span, ClaimKind.DIRECT_QUOTE, null, null, null,
                        ParsedDocument.sentenceOf(inner.get(0))));
            }
        }
        return found;
    }

    private static long quotedWords(CueContext context, int first, int end) {
        long quoted = 0;
        for (int i = first; i < end; i++) {
            if (context.isQuoted(i) && !Phrases.isPunctuation(context.document().tokens().get(i))) {
                quoted++;
            }
        }
        return quoted;
    }

    /** The quotation without the comma American style puts inside its closing mark. */
    private static List<CoreLabel> withoutTrailingInside(List<CoreLabel> inner) {
        int end = inner.size();
        while (end > 0 && TRAILING_INSIDE.contains(inner.get(end - 1).word())) {
            end--;
        }
        return inner.subList(0, end);
    }

    private static int[] withoutTrailingInside(List<CoreLabel> tokens, int first, int end) {
        return new int[] {first, first + withoutTrailingInside(tokens.subList(first, end)).size()};
    }

    private static boolean overlaps(Span first, Span second) {
        return first.start() < second.end() && second.start() < first.end();
    }

}
