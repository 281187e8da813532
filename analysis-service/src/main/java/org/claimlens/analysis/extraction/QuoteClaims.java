package org.claimlens.analysis.extraction;

import edu.stanford.nlp.ling.CoreAnnotations.TokenBeginAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations.TokenEndAnnotation;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator.MentionBeginAnnotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator.MentionEndAnnotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator.SpeakerAnnotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Direct quotations as claims. The speaker is read from the speech verb next to the quotation ("...," said
 * Senator Lindsey Graham; Mr. Graham said: "..."); only when there is none does CoreNLP's own quote attribution
 * decide, because its sieves prefer a subject earlier in a long sentence to the verb right after the quotation.
 */
final class QuoteClaims {

    private static final int MAX_TOKENS_TO_VERB_AFTER = 25;
    private static final int MAX_TOKENS_TO_VERB_BEFORE = 12;
    private static final Set<String> INTRODUCERS = Set.of(":", ",");
    private static final Set<String> TRAILING_INSIDE = Set.of(",", ";", ":");

    private final int minWords;

    QuoteClaims(int minWords) {
        this.minWords = minWords;
    }

    List<Claim> find(ParsedDocument document, ClaimantLinker linker) {
        List<Claim> claims = new ArrayList<>();
        for (CoreMap quote : document.quotes()) {
            int begin = quote.get(TokenBeginAnnotation.class);
            int end = quote.get(TokenEndAnnotation.class) + 1; // CoreNLP's quotation token end is inclusive
            List<CoreLabel> inner = inner(document.tokens().subList(begin, end));
            if (Phrases.wordCount(inner) < minWords) {
                continue;
            }
            String hint = quote.get(SpeakerAnnotation.class);
            Optional<Attribution> attribution = verbAfter(document, begin, end, hint)
                    .or(() -> verbBefore(document, begin, end, hint))
                    .or(() -> coreNlpSpeaker(document, quote, hint));
            if (attribution.isEmpty() && inner.stream().noneMatch(token -> token.tag().startsWith("VB"))) {
                continue; // a title or a slogan in quotation marks, not a statement
            }
            Attribution found = attribution.orElse(null);
            claims.add(new Claim(document.span(inner), ClaimKind.DIRECT_QUOTE, found == null ? null : found.claimant(),
                    linker.keyFor(found), found == null ? null : found.cue(), ParsedDocument.sentenceOf(inner.get(0))));
        }
        return claims;
    }

    /** The quotation without its marks and without the comma American style puts inside them. */
    private static List<CoreLabel> inner(List<CoreLabel> tokens) {
        int start = Quotes.isMark(tokens.get(0)) ? 1 : 0;
        int end = tokens.size() - (tokens.size() > 1 && Quotes.isMark(tokens.get(tokens.size() - 1)) ? 1 : 0);
        while (end > start && TRAILING_INSIDE.contains(tokens.get(end - 1).word())) {
            end--;
        }
        return tokens.subList(start, end);
    }

    /** "...," said Senator Lindsey Graham / "...," Russell Travers, the acting head of ..., told senators. */
    private static Optional<Attribution> verbAfter(ParsedDocument document, int begin, int end, String hint) {
        List<CoreLabel> tokens = document.tokens();
        int sentence = ParsedDocument.sentenceOf(tokens.get(end - 1));
        int quoteEnd = tokens.get(end - 1).endPosition();
        for (int i = end; i < Math.min(end + MAX_TOKENS_TO_VERB_AFTER, tokens.size()); i++) {
            CoreLabel token = tokens.get(i);
            if (ParsedDocument.sentenceOf(token) != sentence || Quotes.isMark(token)) {
                break;
            }
            SemanticGraph graph = document.graphs().get(sentence);
            IndexedWord word = graph.getNodeByIndexSafe(token.index());
            if (word != null && SpeechVerbs.isCue(word)) {
                boolean inverted = i == end || i == end + 1 && Phrases.isPunctuation(tokens.get(end));
                return Phrases.subject(graph, word)
                        .filter(subject -> subject.beginPosition() >= quoteEnd)
                        .or(() -> inverted ? speakerAfter(graph, word) : Optional.empty())
                        .map(subject -> Attribution.ofVerb(document, graph, word, subject, hint));
            }
        }
        return Optional.empty();
    }

    /** In "...," said Senator Lindsey Graham the parser often takes the speaker for the verb's object. */
    private static Optional<IndexedWord> speakerAfter(SemanticGraph graph, IndexedWord verb) {
        return Phrases.children(graph, verb, Set.of("nsubj", "obj")).stream()
                .filter(noun -> Phrases.nounPhrase(graph, noun).get(0).index() == verb.index() + 1)
                .findFirst();
    }

    /** Mr. Graham said: "..." — the verb must introduce the quotation, by a colon or comma or by governing it. */
    private static Optional<Attribution> verbBefore(ParsedDocument document, int begin, int end, String hint) {
        List<CoreLabel> tokens = document.tokens();
        int sentence = ParsedDocument.sentenceOf(tokens.get(begin));
        SemanticGraph graph = document.graphs().get(sentence);
        boolean introduced = begin > 0 && INTRODUCERS.contains(tokens.get(begin - 1).word());
        for (int i = begin - 1; i >= Math.max(0, begin - MAX_TOKENS_TO_VERB_BEFORE); i--) {
            CoreLabel token = tokens.get(i);
            if (ParsedDocument.sentenceOf(token) != sentence || Quotes.isMark(token)) {
                break;
            }
            IndexedWord word = graph.getNodeByIndexSafe(token.index());
            if (word != null && SpeechVerbs.isCue(word)) {
                boolean governs = tokens.subList(begin, end).stream()
                        .filter(t -> ParsedDocument.sentenceOf(t) == sentence)
                        .map(t -> graph.getParent(graph.getNodeByIndexSafe(t.index())))
                        .anyMatch(word::equals);
                return Phrases.subject(graph, word)
                        .filter(subject -> subject.index() < word.index() && (introduced || governs))
                        .map(subject -> Attribution.ofVerb(document, graph, word, subject, hint));
            }
        }
        return Optional.empty();
    }

    /** CoreNLP's attributed mention, if it stands within a sentence of the quotation. */
    private static Optional<Attribution> coreNlpSpeaker(ParsedDocument document, CoreMap quote, String hint) {
        Integer mentionBegin = quote.get(MentionBeginAnnotation.class);
        Integer mentionEnd = quote.get(MentionEndAnnotation.class);
        if (mentionBegin == null || mentionEnd == null) {
            return Optional.empty();
        }
        List<CoreLabel> tokens = document.tokens();
        CoreLabel head = tokens.get(mentionEnd);
        int sentence = ParsedDocument.sentenceOf(head);
        int first = ParsedDocument.sentenceOf(tokens.get(quote.get(TokenBeginAnnotation.class)));
        int last = ParsedDocument.sentenceOf(tokens.get(quote.get(TokenEndAnnotation.class)));
        if (sentence < first - 1 || sentence > last + 1) {
            return Optional.empty();
        }
        SemanticGraph graph = document.graphs().get(sentence);
        IndexedWord word = graph.getNodeByIndexSafe(head.index());
        if (word == null) {
            return Optional.empty();
        }
        IndexedWord governor = graph.getParent(word);
        Span cue = governor != null && SpeechVerbs.isCue(governor)
                ? document.span(List.of(governor.backingLabel())) : null;
        Span claimant = document.span(Phrases.nounPhrase(graph, word));
        return Optional.of(new Attribution(claimant, document.span(List.of(head)), cue, hint));
    }
}
