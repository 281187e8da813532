package org.claimlens.analysis.extraction;

import edu.stanford.nlp.ling.CoreLabel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The article's own assertions: every statement no finder attributed to someone becomes an AUTHOR claim, without
 * its framing ("Readers will note that"), list marker or editorial noise. Inside a passage reproduced from an
 * outlet the outlet is the claimant. When an attribution takes up the end of a sentence ("Four Americans were among
 * 19 people killed ..., just weeks after President Trump declared that ..."), the clause before it stays the
 * author's; otherwise a sentence holding any part of an attributed statement is not the author's (an attributed
 * noun phrase, "a bombing that was claimed by ...", leaves the sentence to the author). Nor is one that quotes
 * someone at length or reports speech the finders missed ("the mayor stressed the plans would ...").
 */
final class OwnVoiceClaims {

    private static final Pattern LIST_MARKER = Pattern.compile(
            "\\(?(?:\\d{1,2}|[a-z])[.)]|[\u2022\u25cf\u25aa*\u2013\u2014-]");
    private static final Set<String> CLAUSE_MARKS = Set.of(",", ";", ":", "\u2014", "\u2013", "--");
    private static final Set<String> CONJUNCTIONS = Set.of("and", "but", "or", "yet");
    private static final Set<String> HEADING_CONTINUATIONS = Set.of(",", ";", ":", "-", "\u2014", "\u2013");
    /** Marks trimmed off either end of a statement; "%" and currency signs stay. */
    private static final Pattern END_PUNCTUATION = Pattern.compile("[.,;:!?\u2026\u2013\u2014-]+");
    /** Verbs that report what someone said: with a clause after one, a sentence reports speech no finder attributed. */
    private static final Set<String> REPORTING_LEMMAS = Set.of("say", "tell", "add", "state", "warn", "stress",
            "insist", "argue", "deny", "allege", "announce", "explain", "testify", "accuse", "maintain", "contend",
            "assert", "declare", "reply", "respond", "write", "report");
    /** How long "..., the head of the central bank said" may be. */
    private static final int MAX_CLOSING_ATTRIBUTION_TOKENS = 10;
    /** A sentence quoting this many words of someone else's at once is not the author's; fewer are scare quotes. */
    private static final int MIN_QUOTATION_WORDS = 4;

    private final DocumentLayout layout;
    private final EditorialNoise noise;
    private final QuotedRegions quoted;

    OwnVoiceClaims(DocumentLayout layout, EditorialNoise noise) {
        this.layout = layout;
        this.noise = noise;
        this.quoted = QuotedRegions.in(layout.text());
    }

    List<Claim> find(List<Claim> attributed, List<ReproducedPassage> passages, String title) {
        // what someone is said to have done to a thing ("a bombing that was claimed by ...", "ordered the withdrawal")
        // is part of the author's sentence; a reported statement or quotation takes the sentence away from the author
        List<Span> taken = attributed.stream()
                .filter(this::reportsAStatement)
                .flatMap(claim -> Stream.of(claim.content(), claim.claimant(), claim.cue()))
                .filter(Objects::nonNull)
                .toList();
        List<Claim> claims = new ArrayList<>();
        for (List<CoreLabel> sentence : layout.sentences()) {
            for (List<CoreLabel> piece : pieces(sentence)) {
                statement(piece, taken)
                        .filter(statement -> !reportsSpeech(statement))
                        .filter(statement -> Declaratives.isStatement(piece, statement))
                        .map(layout::span)
                        .filter(content -> !sameWords(content.text(), title))
                        .map(content -> claim(content, ParsedDocument.sentenceOf(piece.get(0)), passages))
                        .ifPresent(claims::add);
            }
        }
        return claims;
    }

    private static Claim claim(Span content, int sentenceIndex, List<ReproducedPassage> passages) {
        Optional<ReproducedPassage> passage = passages.stream()
                .filter(p -> p.contains(content.start()))
                .min(Comparator.comparingInt(p -> p.extent().end() - p.extent().start()));
        return new Claim(content, ClaimKind.AUTHOR, passage.map(ReproducedPassage::outlet).orElse(null),
                passage.map(ReproducedPassage::entityKey).orElse(null), null, sentenceIndex);
    }

    /** Whether the words quote someone at some length ("Ms Hewitt said: "We ..."") or report a clause. */
    private boolean reportsSpeech(List<CoreLabel> statement) {
        Map<Integer, Long> wordsByQuotation = statement.stream()
                .filter(TokenKinds::isWord)
                .map(token -> quoted.quotationAt(token.beginPosition()))
                .filter(quotation -> quotation >= 0)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        return wordsByQuotation.values().stream().anyMatch(words -> words >= MIN_QUOTATION_WORDS)
                || reportsAClause(statement);
    }

    /**
     * "stressed the plans would be paid", "did not say that ...": a reporting verb with a clause after it; or one
     * closing the sentence after a comma, "..., Mr Barrionuevo said".
     */
    private static boolean reportsAClause(List<CoreLabel> statement) {
        boolean[] relative = RelativeClauses.mask(statement);
        boolean reporting = false;
        int lastComma = -1;
        for (int i = 0; i < statement.size(); i++) {
            CoreLabel token = statement.get(i);
            if (reporting && TokenKinds.isFiniteVerb(token) && !relative[i]) {
                return true;
            }
            reporting |= isReporting(token);
            lastComma = token.word().equals(",") ? i : lastComma;
        }
        return lastComma >= 0 && statement.size() - lastComma <= MAX_CLOSING_ATTRIBUTION_TOKENS
                && statement.subList(lastComma, statement.size()).stream().anyMatch(OwnVoiceClaims::isReporting);
    }

    private static boolean isReporting(CoreLabel token) {
        return TokenKinds.isVerb(token) && REPORTING_LEMMAS.contains(TokenKinds.lemma(token));
    }

    /** A sentence cut where a line ends in a word and the next begins a new one: a headline run into its text. */
    private List<List<CoreLabel>> pieces(List<CoreLabel> sentence) {
        List<List<CoreLabel>> pieces = new ArrayList<>();
        int start = 0;
        for (int i = 1; i < sentence.size(); i++) {
            CoreLabel before = sentence.get(i - 1);
            CoreLabel after = sentence.get(i);
            boolean headingEnds = !HEADING_CONTINUATIONS.contains(before.word()) && TokenKinds.isWord(before)
                    && (TokenKinds.isCapitalised(after) || TokenKinds.isQuoteMark(after));
            if (headingEnds && breaksLine(before.endPosition(), after.beginPosition())) {
                pieces.add(sentence.subList(start, i));
                start = i;
            }
        }
        pieces.add(sentence.subList(start, sentence.size()));
        return pieces;
    }

    private boolean breaksLine(int from, int to) {
        for (int i = from; i < to; i++) {
            if (layout.text().charAt(i) == '\n') {
                return true;
            }
        }
        return false;
    }

    /** The words of the piece that would be the author's statement, if any. */
    private Optional<List<CoreLabel>> statement(List<CoreLabel> piece, List<Span> taken) {
        List<CoreLabel> tokens = withoutListMarker(piece);
        if (tokens.isEmpty()) {
            return Optional.empty();
        }
        int pieceStart = tokens.get(0).beginPosition();
        int framing = EditorialNoise.statementStart(
                layout.text().substring(pieceStart, tokens.get(tokens.size() - 1).endPosition()));
        if (framing == EditorialNoise.NO_STATEMENT) {
            return Optional.empty();
        }
        tokens = tokens.stream().filter(token -> token.beginPosition() >= pieceStart + framing).toList();
        tokens = beforeNoise(tokens);
        int end = tokens.isEmpty() ? pieceStart : tokens.get(tokens.size() - 1).endPosition();
        int attributedStart = taken.stream()
                .filter(span -> span.start() < end && pieceStart < span.end())
                .mapToInt(Span::start).min().orElse(Integer.MAX_VALUE);
        if (attributedStart != Integer.MAX_VALUE) {
            tokens = beforeAttribution(tokens, attributedStart);
        }
        tokens = trimmed(tokens);
        return tokens.isEmpty() ? Optional.empty() : Optional.of(tokens);
    }

    private boolean reportsAStatement(Claim claim) {
        return claim.kind() == ClaimKind.DIRECT_QUOTE
                || layout.tokensIn(claim.content()).stream().anyMatch(token -> TokenKinds.tag(token).startsWith("VB"));
    }

    private List<CoreLabel> withoutListMarker(List<CoreLabel> piece) {
        CoreLabel first = piece.get(0);
        int lineStart = layout.text().lastIndexOf('\n', first.beginPosition()) + 1;
        boolean startsLine = layout.text().substring(lineStart, first.beginPosition()).isBlank();
        return startsLine && piece.size() > 1 && LIST_MARKER.matcher(first.word()).matches()
                ? piece.subList(1, piece.size()) : piece;
    }

    private List<CoreLabel> beforeNoise(List<CoreLabel> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (noise.covers(tokens.get(i).beginPosition())) {
                return tokens.subList(0, i);
            }
        }
        return tokens;
    }

    /**
     * The clause before an attribution that takes up the rest of the sentence, without a subordinate clause left
     * hanging ("The Duran covered this quite extensively, and while the investigation ..., reports suggested ...").
     */
    private static List<CoreLabel> beforeAttribution(List<CoreLabel> tokens, int attributedStart) {
        List<CoreLabel> before = tokens.stream().filter(token -> token.endPosition() <= attributedStart).toList();
        int cut = lastClauseMark(before, before.size());
        while (cut > 0) {
            before = before.subList(0, cut);
            int previous = lastClauseMark(before, before.size());
            List<CoreLabel> clause = before.subList(previous + 1, before.size());
            if (!clause.isEmpty() && CONJUNCTIONS.contains(TokenKinds.lower(clause.get(0)))) {
                clause = clause.subList(1, clause.size());
            }
            if (!Declaratives.opensSubordinateClause(clause)) {
                return before;
            }
            cut = previous;
        }
        return List.of();
    }

    private static int lastClauseMark(List<CoreLabel> tokens, int before) {
        for (int i = before - 1; i >= 0; i--) {
            if (CLAUSE_MARKS.contains(tokens.get(i).word())) {
                return i;
            }
        }
        return -1;
    }

    /** Without punctuation at either end; a closing quotation mark stays when its opening one is kept. */
    private static List<CoreLabel> trimmed(List<CoreLabel> tokens) {
        int start = 0;
        while (start < tokens.size() && END_PUNCTUATION.matcher(tokens.get(start).word()).matches()) {
            start++;
        }
        int end = tokens.size();
        while (end > start && (END_PUNCTUATION.matcher(tokens.get(end - 1).word()).matches()
                || TokenKinds.isQuoteMark(tokens.get(end - 1)))) {
            end--;
        }
        long marks = tokens.subList(start, end).stream().filter(TokenKinds::isQuoteMark).count();
        if (marks % 2 == 1) {
            for (int i = end; i < tokens.size(); i++) {
                if (TokenKinds.isQuoteMark(tokens.get(i))) {
                    end = i + 1;
                    break;
                }
            }
        }
        return tokens.subList(start, end);
    }

    private static boolean sameWords(String content, String title) {
        return title != null && normalised(content).equals(normalised(title));
    }

    private static String normalised(String words) {
        return words.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }
}
