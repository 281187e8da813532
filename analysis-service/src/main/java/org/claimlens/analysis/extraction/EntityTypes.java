package org.claimlens.analysis.extraction;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Maps CoreNLP's NER labels to {@link EntityType}. The statistical models emit PERSON, ORGANIZATION, LOCATION,
 * MISC, DATE, TIME, MONEY and PERCENT; nationalities and religions arrive as MISC and are recognised from a word list.
 */
final class EntityTypes {

    private static final Map<String, EntityType> BY_LABEL = Map.ofEntries(
            Map.entry("PERSON", EntityType.PERSON),
            Map.entry("ORGANIZATION", EntityType.ORGANIZATION),
            Map.entry("LOCATION", EntityType.LOCATION),
            Map.entry("CITY", EntityType.LOCATION),
            Map.entry("COUNTRY", EntityType.LOCATION),
            Map.entry("STATE_OR_PROVINCE", EntityType.LOCATION),
            Map.entry("NATIONALITY", EntityType.NATIONALITY),
            Map.entry("RELIGION", EntityType.NATIONALITY),
            Map.entry("IDEOLOGY", EntityType.NATIONALITY),
            Map.entry("MISC", EntityType.MISC),
            Map.entry("DATE", EntityType.DATE),
            Map.entry("TIME", EntityType.DATE),
            Map.entry("MONEY", EntityType.MONEY),
            Map.entry("PERCENT", EntityType.PERCENT),
            Map.entry("NUMBER", EntityType.NUMBER),
            Map.entry("ORDINAL", EntityType.NUMBER));

    private static final Set<String> GROUP_WORDS = Set.copyOf(Resources.lines("extraction/group-words.txt"));

    private EntityTypes() {
    }

    static Optional<EntityType> ofLabel(String label) {
        return Optional.ofNullable(label).map(BY_LABEL::get);
    }

    /** MISC mentions made only of nationality, religion or party words ("Kurdish", "Coptic Christians"). */
    static EntityType refine(EntityType type, String surface) {
        if (type == EntityType.MISC && Arrays.stream(surface.split("\\s+")).allMatch(EntityTypes::isGroupWord)) {
            return EntityType.NATIONALITY;
        }
        return type;
    }

    /** "Americans" names the same group as "American": one key for both. */
    static String singular(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        boolean plural = lower.endsWith("s") && GROUP_WORDS.contains(lower.substring(lower.lastIndexOf(' ') + 1,
                lower.length() - 1));
        return plural ? name.substring(0, name.length() - 1) : name;
    }

    private static boolean isGroupWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return GROUP_WORDS.contains(lower)
                || lower.endsWith("s") && GROUP_WORDS.contains(lower.substring(0, lower.length() - 1));
    }
}
