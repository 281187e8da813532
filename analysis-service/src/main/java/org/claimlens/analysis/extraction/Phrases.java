package org.claimlens.analysis.extraction;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/** Phrases read off a dependency parse (Universal Dependencies relation names), as tokens in text order. */
final class Phrases {

    /** Dependents that start a clause or an aside of their own: not part of a speaker's name. */
    private static final Set<String> ASIDES = Set.of("acl", "acl:relcl", "appos", "parataxis", "dep", "ccomp",
            "advcl", "xcomp");
    private static final Set<String> RELATIVE_PRONOUN_TAGS = Set.of("WP", "WDT");
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never");
    private static final Set<String> CLAUSE_MARKERS = Set.of("that");
    /** Marks that end a speaker's noun phrase; an apostrophe or a hyphen does not. */
    private static final Set<String> PHRASE_BREAKS = Set.of(",", ";", ":", "(", ")", "[", "]", "\u201c", "\u201d",
            "\"", "\u2014", "\u2013", "--");
    private static final int MAX_SPEAKER_TOKENS = 15;
    private static final Set<String> CONTINUING_MARKS = Set.of(",", ":", ";", "-", "\u2014", "\u2013");

    private Phrases() {
    }

    static Optional<IndexedWord> child(SemanticGraph graph, IndexedWord word, String relation) {
        return graph.outgoingEdgeList(word).stream()
                .filter(edge -> edge.getRelation().toString().equals(relation))
                .map(SemanticGraphEdge::getDependent)
                .min(Comparator.comparingInt(IndexedWord::index));
    }

    static List<IndexedWord> children(SemanticGraph graph, IndexedWord word, Set<String> relations) {
        return graph.outgoingEdgeList(word).stream()
                .filter(edge -> relations.contains(edge.getRelation().toString()))
                .map(SemanticGraphEdge::getDependent)
                .sorted(Comparator.comparingInt(IndexedWord::index))
                .toList();
    }

    static Optional<String> relationToParent(SemanticGraph graph, IndexedWord word) {
        return graph.incomingEdgeList(word).stream().findFirst().map(edge -> edge.getRelation().toString());
    }

    /**
     * Who does what the verb says: its nominal subject; for "officials who said" the noun the relative clause
     * describes; for "ordered ... and declared" the subject of the first verb.
     */
    static Optional<IndexedWord> subject(SemanticGraph graph, IndexedWord verb) {
        Optional<IndexedWord> subject = child(graph, verb, "nsubj");
        String relation = relationToParent(graph, verb).orElse("");
        if (subject.isEmpty() && relation.equals("conj")) {
            return subject(graph, graph.getParent(verb));
        }
        if (subject.isPresent() && RELATIVE_PRONOUN_TAGS.contains(subject.get().tag())) {
            return antecedent(graph, verb);
        }
        return subject;
    }

    /** The noun a relative clause describes, through coordinated verbs: "officials who met ... and said". */
    private static Optional<IndexedWord> antecedent(SemanticGraph graph, IndexedWord verb) {
        IndexedWord clause = verb;
        while (relationToParent(graph, clause).filter("conj"::equals).isPresent()) {
            clause = graph.getParent(clause);
        }
        boolean relative = relationToParent(graph, clause).filter("acl:relcl"::equals).isPresent();
        return relative ? Optional.of(graph.getParent(clause)) : Optional.empty();
    }

    static boolean isNegated(SemanticGraph graph, IndexedWord verb) {
        return graph.getChildren(verb).stream().anyMatch(w -> NEGATIONS.contains(w.word().toLowerCase(Locale.ROOT)));
    }

    /** The word and everything that depends on it. */
    static List<CoreLabel> subtree(SemanticGraph graph, IndexedWord head) {
        return inOrder(graph.descendants(head));
    }

    /**
     * The noun phrase a speaker is named by: the head with its determiners, modifiers and "of" phrases, but no
     * relative clause or apposition, and nothing after a comma ("Russell Travers, the acting head of ...").
     */
    static List<CoreLabel> nounPhrase(SemanticGraph graph, IndexedWord head) {
        List<CoreLabel> tokens = inOrder(withoutAsides(graph, head));
        int headPosition = tokens.indexOf(head.backingLabel());
        int end = headPosition + 1;
        while (end < tokens.size() && adjacent(tokens.get(end - 1), tokens.get(end))
                && !isPhraseBreak(tokens.get(end))) {
            end++;
        }
        int start = headPosition;
        while (start > 0 && adjacent(tokens.get(start - 1), tokens.get(start))
                && !isPhraseBreak(tokens.get(start - 1))) {
            start--;
        }
        List<CoreLabel> phrase = tokens.subList(start, end);
        return phrase.size() <= MAX_SPEAKER_TOKENS ? phrase : List.of(head.backingLabel());
    }

    /** Without punctuation at either end and without a leading "that". */
    static List<CoreLabel> trim(List<CoreLabel> tokens) {
        int start = 0;
        int end = tokens.size();
        while (start < end && (isPunctuation(tokens.get(start))
                || start == 0 && CLAUSE_MARKERS.contains(tokens.get(start).word().toLowerCase(Locale.ROOT)))) {
            start++;
        }
        while (end > start && isPunctuation(tokens.get(end - 1))) {
            end--;
        }
        return tokens.subList(start, end);
    }

    /**
     * The tokens up to a paragraph break: a line break before a capitalised word, after a line that does not end
     * mid-sentence with a comma, colon or dash. Single line breaks do not end sentences for CoreNLP here, and
     * some sources separate paragraphs with one.
     */
    static List<CoreLabel> untilParagraphBreak(String text, List<CoreLabel> tokens) {
        for (int i = 1; i < tokens.size(); i++) {
            CoreLabel previous = tokens.get(i - 1);
            CoreLabel token = tokens.get(i);
            boolean lineBreak = text.substring(previous.endPosition(), token.beginPosition()).indexOf('\n') >= 0;
            if (lineBreak && Character.isUpperCase(text.charAt(token.beginPosition()))
                    && !CONTINUING_MARKS.contains(previous.word())) {
                return tokens.subList(0, i);
            }
        }
        return tokens;
    }

    static long wordCount(List<CoreLabel> tokens) {
        return tokens.stream().filter(token -> !isPunctuation(token)).count();
    }

    static boolean isPunctuation(CoreLabel token) {
        String text = surface(token);
        return !text.isEmpty() && text.chars().allMatch(c -> !Character.isLetterOrDigit(c));
    }

    /** The token as the text has it, before the tokenizer normalised it. */
    static String surface(CoreLabel token) {
        return token.originalText() == null ? token.word() : token.originalText();
    }

    private static boolean adjacent(CoreLabel first, CoreLabel second) {
        return second.index() == first.index() + 1;
    }

    private static boolean isPhraseBreak(CoreLabel token) {
        return PHRASE_BREAKS.contains(surface(token));
    }

    private static List<IndexedWord> withoutAsides(SemanticGraph graph, IndexedWord head) {
        // the head's own preposition is not part of the name: "according to [the New York Times]"
        return subtree(graph, head, edge -> !ASIDES.contains(edge.getRelation().toString())
                && !(edge.getGovernor().equals(head) && edge.getRelation().toString().equals("case")));
    }

    /** The head and every word below it reached through edges that {@code follow} accepts, in visiting order. */
    static List<IndexedWord> subtree(SemanticGraph graph, IndexedWord head, Predicate<SemanticGraphEdge> follow) {
        List<IndexedWord> kept = new ArrayList<>();
        Deque<IndexedWord> pending = new ArrayDeque<>(List.of(head));
        while (!pending.isEmpty()) {
            IndexedWord word = pending.pop();
            kept.add(word);
            for (SemanticGraphEdge edge : graph.outgoingEdgeList(word)) {
                if (follow.test(edge)) {
                    pending.push(edge.getDependent());
                }
            }
        }
        return kept;
    }

    private static List<CoreLabel> inOrder(Collection<IndexedWord> words) {
        return words.stream()
                .map(IndexedWord::backingLabel)
                .sorted(Comparator.comparingInt(CoreLabel::beginPosition))
                .toList();
    }
}
