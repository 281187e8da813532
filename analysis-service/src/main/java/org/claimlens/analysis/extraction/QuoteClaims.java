package org.claimlens.analysis.extraction;

import edu.stanford.nlp.ling.CoreAnnotations.QuotationsAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations.TokenBeginAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations.TokenEndAnnotation;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Direct quotations as claims: CoreNLP's quotations of at least a few words, without their marks, with the speaker
 * {@link QuoteSpeakers} finds. An unattributed quotation counts only if it holds a verb; otherwise it is more likely
 * a title or a slogan than a statement.
 */
final class QuoteClaims {

    private static final Set<String> TRAILING_INSIDE = Set.of(",", ";", ":");

    private final int minWords;

    QuoteClaims(int minWords) {
        this.minWords = minWords;
    }

    List<Claim> find(ParsedDocument document, ClaimantLinker linker) {
        List<Claim> claims = new ArrayList<>();
        Deque<CoreMap> pending = new ArrayDeque<>(document.quotes());
        while (!pending.isEmpty()) {
            CoreMap quote = pending.pop();
            int begin = quote.get(TokenBeginAnnotation.class);
            int end = quote.get(TokenEndAnnotation.class) + 1; // CoreNLP's quotation token end is inclusive
            List<CoreLabel> marked = document.tokens().subList(begin, end);
            if (Quotes.isProperlyMarked(marked)) {
                claim(document, quote, begin, end, linker).ifPresent(claims::add);
            } else {
                // a run-on pairing of marks: the real quotations are the ones CoreNLP saw nested in it
                Optional.ofNullable(quote.get(QuotationsAnnotation.class)).ifPresent(pending::addAll);
            }
        }
        claims.sort(Comparator.comparingInt(claim -> claim.content().start()));
        return SplitQuotes.join(document, claims);
    }

    private Optional<Claim> claim(ParsedDocument document, CoreMap quote, int begin, int end, ClaimantLinker linker) {
        List<CoreLabel> inner = inner(document.tokens().subList(begin, end));
        if (Phrases.wordCount(inner) < minWords) {
            return Optional.empty();
        }
        Optional<Attribution> attribution = QuoteSpeakers.find(document, quote, begin, end);
        if (attribution.isEmpty() && inner.stream().noneMatch(token -> token.tag().startsWith("VB"))) {
            return Optional.empty();
        }
        Attribution found = attribution.orElse(null);
        return Optional.of(new Claim(document.span(inner), ClaimKind.DIRECT_QUOTE,
                found == null ? null : found.claimant(), linker.keyFor(found), found == null ? null : found.cue(),
                ParsedDocument.sentenceOf(inner.get(0))));
    }

    /** The quotation without its marks and without the comma American style puts inside them. */
    private static List<CoreLabel> inner(List<CoreLabel> marked) {
        int end = marked.size() - 1;
        while (end > 1 && TRAILING_INSIDE.contains(marked.get(end - 1).word())) {
            end--;
        }
        return marked.subList(1, Math.max(1, end));
    }
}
