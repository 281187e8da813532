package org.claimlens.analysis.extraction;

import edu.stanford.nlp.ling.CoreAnnotations.TokenBeginAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations.TokenEndAnnotation;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator.MentionBeginAnnotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator.MentionEndAnnotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator.MentionTypeAnnotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator.SpeakerAnnotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who speaks a quotation, in order of trust: a speech verb right after it ("...," said Senator Lindsey Graham), one
 * that introduces it (Mr. Graham said: "..."), a name after a dash ("..." ― Maria Lopez), and last CoreNLP's own
 * attribution, whose sieves prefer an earlier subject in a long sentence to the verb right after the quotation.
 */
final class QuoteSpeakers {

    private static final int MAX_TOKENS_TO_VERB_AFTER = 25;
    private static final int MAX_TOKENS_TO_VERB_BEFORE = 12;
    private static final Set<String> INTRODUCERS = Set.of(":", ",");
    private static final Set<String> DASHES = Set.of("\u2015", "\u2014", "\u2013", "--", "-");
    private static final Set<String> NAME_LABELS = Set.of("PERSON", "ORGANIZATION");
    /** Subjects that stand for a sentence, not a speaker: "That," he said, is wrong. */
    private static final Set<String> NON_SPEAKERS = Set.of("that", "this", "there", "what", "which", "who");

    private QuoteSpeakers() {
    }

    /**
     * @param begin document index of the quotation's opening mark token
     * @param end   one past the document index of its closing mark token
     */
    static Optional<Attribution> find(ParsedDocument document, CoreMap quote, int begin, int end) {
        String hint = quote.get(SpeakerAnnotation.class);
        return verbAfter(document, begin, end, hint)
                .or(() -> verbBefore(document, begin, end, hint))
                .or(() -> nameAfterDash(document, end, hint))
                .or(() -> coreNlpSpeaker(document, quote, hint));
    }

    private static Optional<Attribution> verbAfter(ParsedDocument document, int begin, int end, String hint) {
        List<CoreLabel> tokens = document.tokens();
        int sentence = ParsedDocument.sentenceOf(tokens.get(end - 1));
        SemanticGraph graph = document.graphs().get(sentence);
        int quoteEnd = tokens.get(end - 1).endPosition();
        for (int i = end; i < Math.min(end + MAX_TOKENS_TO_VERB_AFTER, tokens.size()); i++) {
            CoreLabel token = tokens.get(i);
            if (ParsedDocument.sentenceOf(token) != sentence || Quotes.isMark(token)) {
                break;
            }
            IndexedWord word = graph.getNodeByIndexSafe(token.index());
            if (word != null && SpeechVerbs.isCue(word)) {
                boolean inverted = i == end || i == end + 1 && Phrases.isPunctuation(tokens.get(end));
                return Phrases.subject(graph, word)
                        .filter(subject -> subject.beginPosition() >= quoteEnd)
                        .or(() -> inverted ? invertedSpeaker(graph, word) : Optional.empty())
                        .filter(QuoteSpeakers::canSpeak)
                        .map(subject -> Attribution.ofVerb(document, graph, word, subject, hint));
            }
        }
        return Optional.empty();
    }

    /** In "...," said Senator Lindsey Graham the parser often takes the speaker for the verb's object. */
    private static Optional<IndexedWord> invertedSpeaker(SemanticGraph graph, IndexedWord verb) {
        return Phrases.children(graph, verb, Set.of("nsubj", "obj")).stream()
                .filter(noun -> Phrases.nounPhrase(graph, noun).get(0).index() == verb.index() + 1)
                .findFirst();
    }

    /**
     * A verb before the quotation that introduces it, by a colon or comma right before it (Mr. Graham said: "..."),
     * or that the quotation depends on: Clinton said his tweets were "unhinged, even for him."
     */
    private static Optional<Attribution> verbBefore(ParsedDocument document, int begin, int end, String hint) {
        List<CoreLabel> tokens = document.tokens();
        int sentence = ParsedDocument.sentenceOf(tokens.get(begin));
        SemanticGraph graph = document.graphs().get(sentence);
        boolean introduced = begin > 0 && INTRODUCERS.contains(tokens.get(begin - 1).word());
        List<IndexedWord> quoted = tokens.subList(begin, end).stream()
                .filter(t -> ParsedDocument.sentenceOf(t) == sentence)
                .map(t -> graph.getNodeByIndexSafe(t.index()))
                .filter(Objects::nonNull)
                .toList();
        for (int i = begin - 1; i >= 0 && ParsedDocument.sentenceOf(tokens.get(i)) == sentence; i--) {
            if (Quotes.isMark(tokens.get(i))) {
                break;
            }
            IndexedWord word = graph.getNodeByIndexSafe(tokens.get(i).index());
            boolean near = begin - i <= MAX_TOKENS_TO_VERB_BEFORE;
            if (word != null && SpeechVerbs.isCue(word)
                    && (introduced && near || quoted.stream().anyMatch(q -> graph.isAncestor(q, word) > 0))) {
                return Phrases.subject(graph, word)
                        .filter(subject -> subject.index() < word.index())
                        .filter(QuoteSpeakers::canSpeak)
                        .map(subject -> Attribution.ofVerb(document, graph, word, subject, hint));
            }
        }
        return Optional.empty();
    }

    /** Lists of reactions: "..." ― Maria Lopez. The dash is the cue. */
    private static Optional<Attribution> nameAfterDash(ParsedDocument document, int end, String hint) {
        List<CoreLabel> tokens = document.tokens();
        if (end + 1 >= tokens.size() || !DASHES.contains(tokens.get(end).word())
                || !NAME_LABELS.contains(tokens.get(end + 1).ner())) {
            return Optional.empty();
        }
        List<CoreLabel> name = new ArrayList<>();
        for (int i = end + 1; i < tokens.size() && tokens.get(i).ner().equals(tokens.get(end + 1).ner()); i++) {
            name.add(tokens.get(i));
        }
        Span claimant = document.span(name);
        Span head = document.span(List.of(name.get(name.size() - 1)));
        return Optional.of(new Attribution(claimant, head, document.span(List.of(tokens.get(end))), hint));
    }

    /**
     * CoreNLP's attributed mention, if it stands within a sentence of the quotation and is a name or the subject
     * of a speech verb: its other guesses ("his", "him", a name in another quotation's sentence) are too often wrong.
     */
    private static Optional<Attribution> coreNlpSpeaker(ParsedDocument document, CoreMap quote, String hint) {
        Integer mentionEnd = quote.get(MentionEndAnnotation.class);
        if (quote.get(MentionBeginAnnotation.class) == null || mentionEnd == null) {
            return Optional.empty();
        }
        List<CoreLabel> tokens = document.tokens();
        CoreLabel head = tokens.get(mentionEnd);
        int sentence = ParsedDocument.sentenceOf(head);
        int first = ParsedDocument.sentenceOf(tokens.get(quote.get(TokenBeginAnnotation.class)));
        int last = ParsedDocument.sentenceOf(tokens.get(quote.get(TokenEndAnnotation.class)));
        SemanticGraph graph = document.graphs().get(sentence);
        IndexedWord word = graph.getNodeByIndexSafe(head.index());
        if (sentence < first - 1 || sentence > last + 1 || word == null || !canSpeak(word)) {
            return Optional.empty();
        }
        IndexedWord governor = graph.getParent(word);
        boolean speaking = governor != null && SpeechVerbs.isCue(governor)
                && Phrases.relationToParent(graph, word).filter("nsubj"::equals).isPresent();
        if (!speaking && !"name".equals(quote.get(MentionTypeAnnotation.class))) {
            return Optional.empty();
        }
        Span cue = speaking ? document.span(List.of(governor.backingLabel())) : null;
        Span claimant = document.span(Phrases.nounPhrase(graph, word));
        return Optional.of(new Attribution(claimant, document.span(List.of(head)), cue, hint));
    }

    private static boolean canSpeak(IndexedWord subject) {
        return !NON_SPEAKERS.contains(subject.word().toLowerCase(Locale.ROOT));
    }
}
