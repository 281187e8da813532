package org.claimlens.analysis.extraction;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Noun phrases set beside a name to say who it is: "Russell Travers, the acting head of the National
 * Counterterrorism Center," and "The agency's director, Paula Brennan,". Coordinated ones are split
 * ("Republican of South Carolina and a prominent Trump ally") and relative clauses left out ("who ...").
 */
final class Appositives {

    /** Relations that start a clause, a list or an aside of their own rather than continue the descriptor. */
    private static final Set<String> BEYOND_PHRASE = Set.of("appos", "acl", "acl:relcl", "conj", "cc",
            "parataxis", "dep", "ccomp", "advcl", "xcomp", "cc:preconj");
    /** Marks a descriptor does not reach across: its end, a quotation or a parenthesis. */
    private static final Set<String> BREAKS = Set.of(",", ";", ":", "(", ")", "[", "]", "\u201c", "\u201d", "\"",
            "``", "''", "\u2014", "\u2013", "--");
    private static final Set<String> SINGULAR_NOUNS = Set.of("NN", "NNP");
    private static final int MAX_TOKENS = 12;

    private Appositives() {
    }

    /**
     * The appositives of a name, each in text order.
     *
     * @param isOtherName whether a word belongs to a name, so "ISIS, the Islamic State" gives no descriptor
     */
    static List<List<IndexedWord>> find(NameInParse name, Predicate<IndexedWord> isOtherName) {
        List<IndexedWord> heads = new ArrayList<>();
        partners(name).forEach(partner -> heads.addAll(coordinated(name.graph(), partner)));
        if (heads.isEmpty() && name.mention().type() == EntityType.PERSON) {
            heads.addAll(parsedAsList(name, isOtherName));
        }
        List<List<IndexedWord>> found = new ArrayList<>();
        for (IndexedWord head : heads) {
            if (head.tag().startsWith("NN") && !isOtherName.test(head)) {
                phrase(name.graph(), head).ifPresent(found::add);
            }
        }
        return found;
    }

    /**
     * The parser sometimes reads "Graham, Republican of South Carolina and a prominent Trump ally" as a list of
     * three. Taken as appositives only when the first item follows the name's comma and reads as one person's
     * role: a singular noun with an article ("a prominent Trump ally") or a party word ("Republican").
     */
    private static List<IndexedWord> parsedAsList(NameInParse name, Predicate<IndexedWord> isOtherName) {
        SemanticGraph graph = name.graph();
        List<IndexedWord> items = Phrases.children(graph, name.head(), Set.of("conj")).stream()
                .filter(item -> SINGULAR_NOUNS.contains(item.tag()) && !isOtherName.test(item))
                .toList();
        int comma = name.words().get(name.words().size() - 1).index() + 1;
        IndexedWord afterComma = graph.getNodeByIndexSafe(comma + 1);
        boolean role = !items.isEmpty() && items.get(0).equals(afterComma)
                && Phrases.surface(graph.getNodeByIndexSafe(comma).backingLabel()).equals(",")
                && (afterComma.tag().equals("NNP") || Phrases.child(graph, afterComma, "det").isPresent());
        return role ? items : List.of();
    }

    /** The words in apposition to the name's head, before or after it. */
    private static List<IndexedWord> partners(NameInParse name) {
        SemanticGraph graph = name.graph();
        List<IndexedWord> partners = new ArrayList<>(Phrases.children(graph, name.head(), Set.of("appos")));
        Phrases.relationToParent(graph, name.head())
                .filter("appos"::equals)
                .ifPresent(relation -> partners.add(graph.getParent(name.head())));
        return partners;
    }

    /** "Republican of South Carolina and a prominent Trump ally" describes twice. */
    private static List<IndexedWord> coordinated(SemanticGraph graph, IndexedWord partner) {
        List<IndexedWord> heads = new ArrayList<>(List.of(partner));
        heads.addAll(Phrases.children(graph, partner, Set.of("conj")));
        return heads;
    }

    /** The contiguous noun phrase around {@code head}, without clauses, lists or asides. */
    private static Optional<List<IndexedWord>> phrase(SemanticGraph graph, IndexedWord head) {
        List<IndexedWord> words = inPhrase(graph, head);
        int at = words.indexOf(head);
        int start = at;
        while (start > 0 && follows(words.get(start - 1), words.get(start)) && !isBreak(words.get(start - 1))) {
            start--;
        }
        int end = at + 1;
        while (end < words.size() && follows(words.get(end - 1), words.get(end)) && !isBreak(words.get(end))) {
            end++;
        }
        List<IndexedWord> phrase = withoutEndPunctuation(words.subList(start, end), head);
        return isParenthesised(graph, phrase) || phrase.size() > MAX_TOKENS ? Optional.empty() : Optional.of(phrase);
    }

    /** Hyphens and dots inside belong to the words, at the ends to the sentence. */
    private static List<IndexedWord> withoutEndPunctuation(List<IndexedWord> words, IndexedWord head) {
        int start = 0;
        int end = words.size();
        while (!words.get(start).equals(head) && Phrases.isPunctuation(words.get(start).backingLabel())) {
            start++;
        }
        while (!words.get(end - 1).equals(head) && Phrases.isPunctuation(words.get(end - 1).backingLabel())) {
            end--;
        }
        return words.subList(start, end);
    }

    /** "(R-S.C.)" and "(SDF)" are abbreviations and codes, not roles. */
    private static boolean isParenthesised(SemanticGraph graph, List<IndexedWord> phrase) {
        IndexedWord before = graph.getNodeByIndexSafe(phrase.get(0).index() - 1);
        return before != null && Phrases.surface(before.backingLabel()).equals("(");
    }

    private static List<IndexedWord> inPhrase(SemanticGraph graph, IndexedWord head) {
        List<IndexedWord> kept = new ArrayList<>(Phrases.subtree(graph, head, edge -> continuesPhrase(edge, head)));
        kept.sort(Comparator.comparingInt(IndexedWord::index));
        return kept;
    }

    /**
     * The parser's catch-all "dep" before the head is still a modifier ("the Kurdish led militia"); the head's own
     * preposition belongs to the sentence ("welcomed by [the agency's director]").
     */
    private static boolean continuesPhrase(SemanticGraphEdge edge, IndexedWord head) {
        String relation = edge.getRelation().toString();
        boolean modifierBefore = relation.equals("dep") && edge.getDependent().index() < edge.getGovernor().index();
        boolean headsCase = edge.getGovernor().equals(head) && relation.equals("case");
        return modifierBefore || !BEYOND_PHRASE.contains(relation) && !headsCase;
    }

    private static boolean follows(IndexedWord previous, IndexedWord word) {
        return word.index() == previous.index() + 1;
    }

    private static boolean isBreak(IndexedWord word) {
        return BREAKS.contains(Phrases.surface(word.backingLabel()));
    }
}
