package org.claimlens.analysis.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One CoNLL-2003 document: its tokens with their gold IOB1 tags, sentence by sentence. Its {@link #text()} joins
 * the tokens of a sentence with single spaces and the sentences with a newline, so that a news story reads as
 * wire copy does: one line per headline, dateline and sentence.
 */
record ConllDocument(List<List<String>> sentences, List<List<String>> tags) {

    ConllDocument {
        sentences = List.copyOf(sentences);
        tags = List.copyOf(tags);
    }

    int tokenCount() {
        return sentences.stream().mapToInt(List::size).sum();
    }

    TokenText text() {
        StringBuilder text = new StringBuilder();
        List<Integer> starts = new ArrayList<>();
        for (List<String> sentence : sentences) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            for (int i = 0; i < sentence.size(); i++) {
                if (i > 0) {
                    text.append(' ');
                }
                starts.add(text.length());
                text.append(sentence.get(i));
            }
        }
        return new TokenText(text.toString(), starts.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The annotated entities, numbered by token across the whole document. */
    Set<EntitySpan> gold() {
        return Iob1.spans(sentences.stream().map(List::size).toList(), tags.stream().flatMap(List::stream).toList());
    }
}
