package org.claimlens.analysis.extraction;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who a claim is attributed to, before the speaker is linked to an entity.
 *
 * @param claimant    the words naming the speaker: "Senator Lindsey Graham", "Dutch officials", "he"
 * @param head        the main word of the claimant, the one looked up among the mentions
 * @param cue         the words that attribute: "said", "told senators", "according to"; may be null
 * @param speakerHint CoreNLP's name for the speaker of a quotation, used to resolve a pronoun; may be null
 */
record Attribution(Span claimant, Span head, Span cue, String speakerHint) {

    private static final Set<String> HEARERS = Set.of("obj", "iobj");
    private static final int MAX_HEARER_TOKENS = 3;

    /** The subject of a speech verb is the claimant; the verb, its particle and a short hearer are the cue. */
    static Attribution ofVerb(ParsedDocument document, SemanticGraph graph, IndexedWord verb, IndexedWord subject,
                              String speakerHint) {
        Span claimant = document.span(Phrases.nounPhrase(graph, subject));
        Span head = document.span(List.of(subject.backingLabel()));
        return new Attribution(claimant, head, document.span(cue(graph, verb)), speakerHint);
    }

    private static List<CoreLabel> cue(SemanticGraph graph, IndexedWord verb) {
        List<CoreLabel> cue = new ArrayList<>(List.of(verb.backingLabel()));
        Phrases.child(graph, verb, "compound:prt")
                .filter(particle -> particle.index() == verb.index() + 1)
                .ifPresent(particle -> cue.add(particle.backingLabel()));
        if (SpeechVerbs.addressesSomeone(verb)) {
            int next = cue.get(cue.size() - 1).index() + 1;
            hearer(graph, verb)
                    .filter(hearer -> hearer.get(0).index() == next && hearer.size() <= MAX_HEARER_TOKENS)
                    .ifPresent(cue::addAll);
        }
        return cue;
    }

    private static Optional<List<CoreLabel>> hearer(SemanticGraph graph, IndexedWord verb) {
        return Phrases.children(graph, verb, HEARERS).stream()
                .findFirst()
                .map(object -> Phrases.nounPhrase(graph, object));
    }
}
