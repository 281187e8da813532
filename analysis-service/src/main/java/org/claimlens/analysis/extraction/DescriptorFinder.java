package org.claimlens.analysis.extraction;

import edu.stanford.nlp.ling.CoreAnnotations.CharacterOffsetBeginAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations.CharacterOffsetEndAnnotation;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Finds the titles and roles an article gives its people and organisations ("Senator", "the acting head of the
 * National Counterterrorism Center"), from the parse already made, each linked to the entity it describes.
 */
final class DescriptorFinder {

    /** Types that hold offices and roles; a place beside an appositive is mostly a list or an address. */
    private static final Set<EntityType> DESCRIBED = EnumSet.of(EntityType.PERSON, EntityType.ORGANIZATION);
    /** Mentions that make a word a name or a value, never a role; "Republican" (a party, NATIONALITY) can be one. */
    private static final Set<EntityType> NOT_ROLES = EnumSet.complementOf(
            EnumSet.of(EntityType.NATIONALITY, EntityType.MISC));

    /** Descriptors in text order; {@code mentions} must carry their entity keys. */
    List<Descriptor> find(ParsedDocument document, List<Mention> mentions, List<Claim> claims) {
        Map<Integer, List<Mention>> bySentence = mentions.stream()
                .collect(Collectors.groupingBy(Mention::sentenceIndex, TreeMap::new, Collectors.toList()));
        List<Span> quotations = quotations(document);
        Map<String, Descriptor> unique = new LinkedHashMap<>();
        bySentence.forEach((sentence, inSentence) -> {
            for (Descriptor descriptor : inSentence(document, document.graphs().get(sentence), inSentence)) {
                if (isOwnText(descriptor.span(), quotations, claims)) {
                    // the table keys descriptors by entity and start: one per place the text gives a role
                    unique.putIfAbsent(descriptor.entityKey() + "@" + descriptor.span().start(), descriptor);
                }
            }
        });
        return unique.values().stream()
                .sorted(Comparator.comparingInt((Descriptor d) -> d.span().start())
                        .thenComparingInt(d -> d.span().end())
                        .thenComparing(Descriptor::entityKey))
                .toList();
    }

    private static List<Descriptor> inSentence(ParsedDocument document, SemanticGraph graph, List<Mention> mentions) {
        List<IndexedWord> words = graph.vertexListSorted();
        Predicate<IndexedWord> isNamed = word -> mentions.stream()
                .anyMatch(mention -> NOT_ROLES.contains(mention.type()) && NameInParse.covers(mention, word));
        List<Descriptor> found = new ArrayList<>();
        for (Mention mention : mentions) {
            if (!DESCRIBED.contains(mention.type()) || mention.entityKey() == null) {
                continue;
            }
            NameInParse.of(mention, graph, words).ifPresent(name -> {
                if (mention.type() == EntityType.PERSON) {
                    TitlesBeforeNames.find(name).ifPresent(title -> found.add(descriptor(document, mention, title)));
                }
                Appositives.find(name, isNamed).forEach(phrase -> found.add(descriptor(document, mention, phrase)));
            });
        }
        return found;
    }

    private static Descriptor descriptor(ParsedDocument document, Mention mention, List<IndexedWord> words) {
        return new Descriptor(mention.entityKey(), document.span(words.stream().map(IndexedWord::backingLabel)
                .toList()));
    }

    /** Not words of a quotation, nor reaching into or out of a claim's content: those are someone's statement. */
    private static boolean isOwnText(Span span, List<Span> quotations, List<Claim> claims) {
        return quotations.stream().noneMatch(quotation -> overlap(span, quotation))
                && claims.stream().map(Claim::content).noneMatch(content -> overlap(span, content)
                        && !(content.start() <= span.start() && span.end() <= content.end()));
    }

    private static boolean overlap(Span first, Span second) {
        return first.start() < second.end() && second.start() < first.end();
    }

    private static List<Span> quotations(ParsedDocument document) {
        return document.quotes().stream()
                .map(quote -> document.span(quote.get(CharacterOffsetBeginAnnotation.class),
                        quote.get(CharacterOffsetEndAnnotation.class)))
                .toList();
    }
}
