package org.claimlens.analysis.extraction;

import edu.stanford.nlp.ling.CoreLabel;

import java.util.ArrayList;
import java.util.List;

/**
 * A parsed text as the enrichment rules walk it: its sentences as tokens, its non-blank lines (paragraphs), and the
 * tokens inside any span. Reads only tokens, sentence indexes and offsets.
 */
final class DocumentLayout {

    private final ParsedDocument document;
    private final List<List<CoreLabel>> sentences;
    private final List<Span> lines;

    private DocumentLayout(ParsedDocument document, List<List<CoreLabel>> sentences, List<Span> lines) {
        this.document = document;
        this.sentences = sentences;
        this.lines = lines;
    }

    static DocumentLayout of(ParsedDocument document) {
        List<List<CoreLabel>> sentences = new ArrayList<>();
        List<CoreLabel> tokens = document.tokens();
        int start = 0;
        for (int i = 1; i <= tokens.size(); i++) {
            if (i == tokens.size()
                    || ParsedDocument.sentenceOf(tokens.get(i)) != ParsedDocument.sentenceOf(tokens.get(i - 1))) {
                sentences.add(tokens.subList(start, i));
                start = i;
            }
        }
        return new DocumentLayout(document, List.copyOf(sentences), lines(document));
    }

    private static List<Span> lines(ParsedDocument document) {
        String text = document.text();
        List<Span> lines = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            int from = start;
            int to = end;
            while (from < to && Character.isWhitespace(text.charAt(from))) {
                from++;
            }
            while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
                to--;
            }
            if (from < to) {
                lines.add(document.span(from, to));
            }
            start = end + 1;
        }
        return List.copyOf(lines);
    }

    String text() {
        return document.text();
    }

    List<List<CoreLabel>> sentences() {
        return sentences;
    }

    /** The non-blank lines, trimmed: one paragraph each in the texts this product reads. */
    List<Span> lines() {
        return lines;
    }

    /** Index of the line holding the offset, or -1 when it falls on a blank line or between lines. */
    int lineAt(int offset) {
        int low = 0;
        int high = lines.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            Span line = lines.get(middle);
            if (offset < line.start()) {
                high = middle - 1;
            } else if (offset >= line.end()) {
                low = middle + 1;
            } else {
                return middle;
            }
        }
        return -1;
    }

    /** The tokens lying wholly inside the span, in text order. */
    List<CoreLabel> tokensIn(Span span) {
        return tokensIn(span.start(), span.end());
    }

    List<CoreLabel> tokensIn(int start, int end) {
        List<CoreLabel> tokens = document.tokens();
        int first = firstAtOrAfter(start);
        int last = first;
        while (last < tokens.size() && tokens.get(last).endPosition() <= end) {
            last++;
        }
        return tokens.subList(first, last);
    }

    private int firstAtOrAfter(int offset) {
        List<CoreLabel> tokens = document.tokens();
        int low = 0;
        int high = tokens.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (tokens.get(middle).beginPosition() < offset) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    Span span(List<CoreLabel> tokens) {
        return document.span(tokens);
    }

    Span span(int start, int end) {
        return document.span(start, end);
    }
}
