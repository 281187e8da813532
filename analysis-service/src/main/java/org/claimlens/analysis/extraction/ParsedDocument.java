package org.claimlens.analysis.extraction;

import edu.stanford.nlp.ling.CoreAnnotations.SentenceIndexAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations.TokensAnnotation;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * CoreNLP's tokens for one text, with the look-ups the extractors share; token offsets index {@code text}. Public so
 * that model training reads documents exactly as the product does.
 *
 * @param sentenceStarts index of the first token of each sentence, ascending
 */
public record ParsedDocument(String text, List<CoreLabel> tokens, List<Integer> sentenceStarts) {

    public ParsedDocument {
        tokens = List.copyOf(tokens);
        sentenceStarts = List.copyOf(sentenceStarts);
    }

    static ParsedDocument of(String text, Annotation annotation) {
        return of(text, annotation.get(TokensAnnotation.class));
    }

    /** @param tokens tokens carrying their sentence index, in text order */
    public static ParsedDocument of(String text, List<CoreLabel> tokens) {
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (i == 0 || sentenceOf(tokens.get(i)) != sentenceOf(tokens.get(i - 1))) {
                starts.add(i);
            }
        }
        return new ParsedDocument(text, tokens, starts);
    }

    static int sentenceOf(CoreLabel token) {
        return token.get(SentenceIndexAnnotation.class);
    }

    int sentenceCount() {
        return sentenceStarts.size();
    }

    /** Index of the first token of the given sentence. */
    int sentenceStart(int sentence) {
        return sentenceStarts.get(sentence);
    }

    /** One past the index of the last token of the given sentence. */
    int sentenceEnd(int sentence) {
        return sentence + 1 < sentenceStarts.size() ? sentenceStarts.get(sentence + 1) : tokens.size();
    }

    /** The text from the first to the last of the given tokens, whatever lies between them. */
    Span span(Collection<CoreLabel> someTokens) {
        int start = someTokens.stream().mapToInt(CoreLabel::beginPosition).min().orElseThrow();
        int end = someTokens.stream().mapToInt(CoreLabel::endPosition).max().orElseThrow();
        return span(start, end);
    }

    /** The text of the tokens {@code [first, end)}. */
    Span tokenSpan(int first, int end) {
        return span(tokens.get(first).beginPosition(), tokens.get(end - 1).endPosition());
    }

    /** Index of the sentence holding the character at {@code offset}, or of the nearest sentence before it. */
    int sentenceAt(int offset) {
        return tokens.isEmpty() ? 0 : sentenceOf(tokens.get(tokenAt(offset)));
    }

    /** Index of the token starting at or last before {@code offset}; 0 when there is none. */
    int tokenAt(int offset) {
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
        return low;
    }

    /** The text between two tokens: what separates token {@code i - 1} from token {@code i}. */
    String gapBefore(int i) {
        return i == 0 ? text.substring(0, tokens.get(0).beginPosition())
                : text.substring(tokens.get(i - 1).endPosition(), tokens.get(i).beginPosition());
    }

    Span span(int start, int end) {
        return new Span(start, end, text.substring(start, end));
    }
}
