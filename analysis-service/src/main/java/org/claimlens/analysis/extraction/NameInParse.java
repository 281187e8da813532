package org.claimlens.analysis.extraction;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;

import java.util.List;
import java.util.Optional;

/**
 * A mention located in its sentence's dependency parse: its words and the head word the rest of the sentence
 * attaches to ("Graham" in "Senator Lindsey Graham").
 */
record NameInParse(Mention mention, SemanticGraph graph, List<IndexedWord> words, IndexedWord head) {

    static Optional<NameInParse> of(Mention mention, SemanticGraph graph, List<IndexedWord> sentenceWords) {
        List<IndexedWord> words = sentenceWords.stream().filter(word -> covers(mention, word)).toList();
        // a mis-parsed name can have several words governed from outside; English names end on their head
        return words.stream()
                .filter(word -> graph.getParent(word) == null || !covers(mention, graph.getParent(word)))
                .reduce((first, second) -> second)
                .map(head -> new NameInParse(mention, graph, words, head));
    }

    static boolean covers(Mention mention, IndexedWord word) {
        return word.beginPosition() >= mention.start() && word.endPosition() <= mention.end();
    }
}
