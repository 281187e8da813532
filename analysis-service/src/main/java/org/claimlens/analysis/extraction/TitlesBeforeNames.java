package org.claimlens.analysis.extraction;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Titles and roles written straight before a person's name and parsed as its modifiers: "Senator" in "Senator
 * Lindsey Graham", "former Secretary of Defense" in "former Secretary of Defense James Mattis".
 */
final class TitlesBeforeNames {

    /** Relations that build a noun phrase in front of its head: "former Secretary of Defense", "the agency's". */
    private static final Set<String> MODIFIERS = Set.of("compound", "amod", "nmod", "nmod:poss", "case", "det",
            "flat");
    private static final int MAX_TOKENS = 12;

    private TitlesBeforeNames() {
    }

    static Optional<List<IndexedWord>> find(NameInParse name) {
        SemanticGraph graph = name.graph();
        Set<IndexedWord> modifiers = modifiers(graph, name.head());
        int end = nameStart(name).index();
        int start = end;
        while (start > 1 && isTitleWord(graph.getNodeByIndexSafe(start - 1), modifiers)) {
            start--;
        }
        while (start < end && isLeadingNoise(graph, graph.getNodeByIndexSafe(start), name.head())) {
            start++;
        }
        List<IndexedWord> title = words(graph, start, end);
        boolean namesRole = title.stream()
                .anyMatch(word -> TitleWords.isTitle(word) && name.head().equals(graph.getParent(word)));
        return namesRole && title.size() <= MAX_TOKENS ? Optional.of(title) : Optional.empty();
    }

    /** The first word of the name proper: NER sometimes tags the title as part of the name ("President Trump"). */
    private static IndexedWord nameStart(NameInParse name) {
        return name.words().stream()
                .filter(word -> word.equals(name.head())
                        || !TitleWords.isTitle(word) && !TitleWords.isHonorific(word))
                .findFirst()
                .orElse(name.head());
    }

    private static boolean isTitleWord(IndexedWord word, Set<IndexedWord> modifiers) {
        // the possessive "'s" is punctuation to the tokenizer but part of "the agency's director"
        return word != null && modifiers.contains(word) && (!Phrases.isPunctuation(word.backingLabel())
                || word.tag().equals("POS"));
    }

    /** "the" belongs to the whole name phrase and "Mr." is no role: neither starts a title. */
    private static boolean isLeadingNoise(SemanticGraph graph, IndexedWord word, IndexedWord head) {
        boolean headsArticle = head.equals(graph.getParent(word))
                && graph.reln(head, word).toString().equals("det");
        return headsArticle || TitleWords.isHonorific(word) || word.tag().equals("POS");
    }

    private static Set<IndexedWord> modifiers(SemanticGraph graph, IndexedWord head) {
        Set<IndexedWord> found = new HashSet<>();
        Deque<IndexedWord> pending = new ArrayDeque<>(List.of(head));
        while (!pending.isEmpty()) {
            IndexedWord word = pending.pop();
            for (SemanticGraphEdge edge : graph.outgoingEdgeList(word)) {
                String relation = edge.getRelation().toString();
                // the name's own preposition is not part of its title: "by [President] Obama"
                boolean namesCase = word.equals(head) && relation.equals("case");
                if (MODIFIERS.contains(relation) && !namesCase && found.add(edge.getDependent())) {
                    pending.push(edge.getDependent());
                }
            }
        }
        return found;
    }

    private static List<IndexedWord> words(SemanticGraph graph, int start, int end) {
        return IntStream.range(start, end).mapToObj(graph::getNodeByIndexSafe).toList();
    }
}
