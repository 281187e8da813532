package org.claimlens.analysis.extraction;

import edu.stanford.nlp.ling.CoreLabel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the titles and roles an article gives its people and organisations ("Senator", "the acting head of the
 * National Counterterrorism Center") from parts of speech and entity labels, each linked to the entity it describes.
 */
final class DescriptorFinder {

    /** Types that hold offices and roles; a place beside an appositive is mostly a list or an address. */
    private static final Set<EntityType> DESCRIBED = EnumSet.of(EntityType.PERSON, EntityType.ORGANIZATION);

    /** Descriptors in text order; {@code mentions} must carry their entity keys. */
    List<Descriptor> find(CueContext context, List<Mention> mentions, List<Claim> claims) {
        ParsedDocument document = context.document();
        NamedWords named = new NamedWords(document, mentions);
        Map<String, Descriptor> unique = new LinkedHashMap<>();
        for (Mention mention : mentions) {
            if (!DESCRIBED.contains(mention.type()) || mention.entityKey() == null) {
                continue;
            }
            int first = document.tokenAt(mention.start());
            int end = document.tokenAt(Math.max(mention.start(), mention.end() - 1)) + 1;
            List<int[]> found = new ArrayList<>();
            if (mention.type() == EntityType.PERSON) {
                TitlesBeforeNames.find(document, first, end, named).ifPresent(found::add);
            }
            found.addAll(Appositives.find(document, first, end, named));
            for (int[] words : found) {
                Descriptor descriptor = new Descriptor(mention.entityKey(), document.tokenSpan(words[0], words[1]));
                if (isOwnText(context, words, claims)) {
                    // the table keys descriptors by entity and start: one per place the text gives a role
                    unique.putIfAbsent(descriptor.entityKey() + "@" + descriptor.span().start(), descriptor);
                }
            }
        }
        return unique.values().stream()
                .sorted(Comparator.comparingInt((Descriptor d) -> d.span().start())
                        .thenComparingInt(d -> d.span().end())
                        .thenComparing(Descriptor::entityKey))
                .toList();
    }

    /** Not words of a quotation, nor reaching into or out of a claim's content: those are someone's statement. */
    private static boolean isOwnText(CueContext context, int[] words, List<Claim> claims) {
        List<CoreLabel> tokens = context.document().tokens();
        for (int i = words[0]; i < words[1]; i++) {
            if (context.isQuoted(i)) {
                return false;
            }
        }
        int start = tokens.get(words[0]).beginPosition();
        int end = tokens.get(words[1] - 1).endPosition();
        return claims.stream().map(Claim::content).noneMatch(content -> content.start() < end && start < content.end()
                && !(content.start() <= start && end <= content.end()));
    }
}
