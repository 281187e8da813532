package org.claimlens.analysis.extraction;

import edu.stanford.nlp.ling.CoreAnnotations.QuotationsAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations.SentenceIndexAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations.SentencesAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations.TokensAnnotation;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations.BasicDependenciesAnnotation;
import edu.stanford.nlp.util.CoreMap;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/** CoreNLP's output for one text, with the look-ups the extractors share; token offsets index {@code text}. */
record ParsedDocument(String text, List<CoreLabel> tokens, List<SemanticGraph> graphs, List<CoreMap> quotes) {

    static ParsedDocument of(String text, Annotation annotation) {
        List<SemanticGraph> graphs = annotation.get(SentencesAnnotation.class).stream()
                .map(sentence -> sentence.get(BasicDependenciesAnnotation.class))
                .toList();
        List<CoreMap> quotes = Objects.requireNonNullElse(annotation.get(QuotationsAnnotation.class), List.of());
        return new ParsedDocument(text, annotation.get(TokensAnnotation.class), graphs, quotes);
    }

    static int sentenceOf(CoreLabel token) {
        return token.get(SentenceIndexAnnotation.class);
    }

    /** The text from the first to the last of the given tokens, whatever lies between them. */
    Span span(Collection<CoreLabel> someTokens) {
        int start = someTokens.stream().mapToInt(CoreLabel::beginPosition).min().orElseThrow();
        int end = someTokens.stream().mapToInt(CoreLabel::endPosition).max().orElseThrow();
        return span(start, end);
    }

    /** Index of the sentence holding the character at {@code offset}, or of the nearest sentence before it. */
    int sentenceAt(int offset) {
        int low = 0;
        int high = tokens.size() - 1;
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (tokens.get(middle).beginPosition() <= offset) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return tokens.isEmpty() ? 0 : sentenceOf(tokens.get(low));
    }

    Span span(int start, int end) {
        return new Span(start, end, text.substring(start, end));
    }
}
