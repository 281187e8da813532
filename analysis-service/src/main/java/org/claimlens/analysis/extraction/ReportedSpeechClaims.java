package org.claimlens.analysis.extraction;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reported speech as claims: a speech verb with a subject and the clause it reports, after it ("Dutch officials said
 * in late September that they foiled ..."), before it ("..., sources said") or around it ("The plan, officials said,
 * would ..."), and "according to X, ...". Verbs inside quotations and negated verbs are skipped; so are subjects that
 * are the author, the reader or an editor's note ("we", "Readers will note", "emphasis added").
 */
final class ReportedSpeechClaims {

    /** The author, the reader, pronouns standing for sentences, and editors' notes ("emphasis added"). */
    private static final Set<String> NON_SOURCES = Set.of("i", "we", "you", "one", "it", "this", "that", "there",
            "reader", "readers", "us", "'s", "\u2019s", "emphasis", "italics");
    private static final int MIN_CONTENT_WORDS = 3;
    private static final Set<String> LOOSE_CLAUSES = Set.of("advcl", "parataxis");
    private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:pass");

    List<Claim> find(ParsedDocument document, List<Span> quotations, ClaimantLinker linker) {
        List<Claim> claims = new ArrayList<>();
        for (int sentence = 0; sentence < document.graphs().size(); sentence++) {
            SemanticGraph graph = document.graphs().get(sentence);
            for (IndexedWord word : graph.vertexListSorted()) {
                if (Quotes.inside(word.beginPosition(), quotations)) {
                    continue;
                }
                Optional<Claim> claim = SpeechVerbs.isCue(word)
                        ? reported(document, graph, word, quotations, linker)
                        : accordingTo(document, graph, word, linker);
                claim.ifPresent(claims::add);
            }
        }
        return claims;
    }

    private static Optional<Claim> reported(ParsedDocument document, SemanticGraph graph, IndexedWord verb,
                                            List<Span> quotations, ClaimantLinker linker) {
        Optional<IndexedWord> subject = Phrases.subject(graph, verb)
                .filter(head -> !NON_SOURCES.contains(head.word().toLowerCase(Locale.ROOT)));
        if (subject.isEmpty() || Phrases.isNegated(graph, verb)) {
            return Optional.empty();
        }
        Optional<List<CoreLabel>> content = Phrases.child(graph, verb, "ccomp")
                .or(() -> frontedClause(graph, verb))
                .filter(head -> !Quotes.inside(head.beginPosition(), quotations))
                .map(head -> Phrases.subtree(graph, head))
                .or(() -> interruptedClause(graph, verb, quotations));
        Attribution attribution = Attribution.ofVerb(document, graph, verb, subject.get(), null);
        return content.flatMap(tokens -> claim(document, tokens, attribution, linker));
    }

    /** "X called for ..., sources said": a whole clause before the verb, which the parser hangs on it loosely. */
    private static Optional<IndexedWord> frontedClause(SemanticGraph graph, IndexedWord verb) {
        if (Phrases.child(graph, verb, "obj").isPresent()) {
            return Optional.empty();
        }
        return Phrases.children(graph, verb, LOOSE_CLAUSES).stream()
                .filter(clause -> clause.index() < verb.index())
                .filter(clause -> !Phrases.children(graph, clause, SUBJECTS).isEmpty())
                .filter(clause -> graph.getChildren(clause).stream().noneMatch(ReportedSpeechClaims::subordinates))
                .findFirst();
    }

    /** "if", "because", "when": the clause is a condition or a time, not what was said. */
    private static boolean subordinates(IndexedWord word) {
        return "IN".equals(word.tag()) || "WRB".equals(word.tag());
    }

    /** "The plan, officials said, would cost more": the clause the attribution interrupts, the attribution kept in. */
    private static Optional<List<CoreLabel>> interruptedClause(SemanticGraph graph, IndexedWord verb,
                                                               List<Span> quotations) {
        IndexedWord host = graph.getParent(verb);
        boolean parenthetical = Phrases.relationToParent(graph, verb).filter("parataxis"::equals).isPresent();
        if (!parenthetical || Quotes.inside(host.beginPosition(), quotations)) {
            return Optional.empty();
        }
        Set<CoreLabel> aside = new HashSet<>(Phrases.subtree(graph, verb));
        return Optional.of(Phrases.subtree(graph, host).stream().filter(token -> !aside.contains(token)).toList());
    }

    /** "according to X": X is the claimant, and the clause the phrase belongs to, less the phrase, the content. */
    private static Optional<Claim> accordingTo(ParsedDocument document, SemanticGraph graph, IndexedWord word,
                                               ClaimantLinker linker) {
        IndexedWord source = graph.getParent(word);
        IndexedWord clause = source == null ? null : graph.getParent(source);
        Optional<IndexedWord> to = Phrases.child(graph, word, "fixed");
        if (!word.word().equalsIgnoreCase("according") || clause == null || to.isEmpty()) {
            return Optional.empty();
        }
        Set<CoreLabel> phrase = new HashSet<>(Phrases.subtree(graph, source));
        List<CoreLabel> rest = Phrases.subtree(graph, clause).stream().filter(t -> !phrase.contains(t)).toList();
        List<CoreLabel> claimant = Phrases.nounPhrase(graph, source);
        Span cue = document.span(List.of(word.backingLabel(), to.get().backingLabel()));
        Attribution attribution = new Attribution(document.span(claimant),
                document.span(List.of(source.backingLabel())), cue, null);
        return claim(document, longestRun(rest), attribution, linker);
    }

    private static Optional<Claim> claim(ParsedDocument document, List<CoreLabel> clause, Attribution attribution,
                                         ClaimantLinker linker) {
        List<CoreLabel> content = Phrases.trim(Phrases.untilParagraphBreak(document.text(), clause));
        if (Phrases.wordCount(content) < MIN_CONTENT_WORDS) {
            return Optional.empty();
        }
        return Optional.of(new Claim(document.span(content), ClaimKind.INDIRECT, attribution.claimant(),
                linker.keyFor(attribution), attribution.cue(), ParsedDocument.sentenceOf(content.get(0))));
    }

    /** The longest stretch of consecutive tokens: the clause on the side of "according to X" that holds it. */
    private static List<CoreLabel> longestRun(List<CoreLabel> tokens) {
        List<CoreLabel> best = List.of();
        int start = 0;
        for (int i = 1; i <= tokens.size(); i++) {
            if (i == tokens.size() || tokens.get(i).index() != tokens.get(i - 1).index() + 1) {
                List<CoreLabel> run = tokens.subList(start, i);
                if (Phrases.wordCount(run) > Phrases.wordCount(best)) {
                    best = run;
                }
                start = i;
            }
        }
        return best;
    }
}
