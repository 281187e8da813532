package org.claimlens.analysis.extraction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Groups one document's mentions into entities, conservatively: equal names, a surname to the one full name that
 * ends with it, an acronym to the one name it abbreviates, and the curated aliases. Anything ambiguous stays apart.
 */
final class EntityResolver {

    /** The mentions with their entity keys, and the entities in order of first mention. */
    record Resolution(List<Mention> mentions, List<DocumentEntity> entities) {
    }

    /** Mentions of one type whose display names normalise alike. */
    private record NameGroup(EntityType type, String normalised, String display, List<Mention> mentions) {

        int wordCount() {
            return EntityNames.words(display).size();
        }

        String lastWord() {
            List<String> words = EntityNames.words(normalised);
            return words.get(words.size() - 1);
        }
    }

    private final CuratedAliases aliases;

    EntityResolver(CuratedAliases aliases) {
        this.aliases = aliases;
    }

    Resolution resolve(List<Mention> mentions, Map<String, String> definedAcronyms) {
        List<NameGroup> groups = group(mentions);
        Map<Mention, String> keyByMention = new LinkedHashMap<>();
        Map<String, String> canonicalByKey = new LinkedHashMap<>();
        Map<String, Set<String>> aliasesByKey = new LinkedHashMap<>();
        for (NameGroup group : groups) {
            NameGroup target = merged(group, groups, definedAcronyms).orElse(group);
            String canonical = aliases.canonical(group.type(), target.display()).orElse(target.display());
            String key = EntityNames.key(group.type(), canonical);
            canonicalByKey.putIfAbsent(key, canonical);
            aliasesByKey.computeIfAbsent(key, k -> new LinkedHashSet<>(List.of(canonical)));
            group.mentions().forEach(mention -> keyByMention.put(mention, key));
        }
        List<Mention> keyed = new ArrayList<>();
        for (Mention m : mentions) {
            String key = keyByMention.get(m);
            aliasesByKey.get(key).add(m.text());
            keyed.add(new Mention(m.start(), m.end(), m.text(), m.type(), m.sentenceIndex(), key));
        }
        return new Resolution(keyed, entities(keyed, canonicalByKey, aliasesByKey));
    }

    private static List<NameGroup> group(List<Mention> mentions) {
        Map<String, List<Mention>> byName = new LinkedHashMap<>();
        Map<String, String> displayByName = new LinkedHashMap<>();
        for (Mention mention : mentions) {
            String display = EntityNames.displayName(mention.type(), mention.text());
            String name = EntityNames.key(mention.type(), display);
            byName.computeIfAbsent(name, k -> new ArrayList<>()).add(mention);
            displayByName.merge(name, display, (kept, other) -> words(other) > words(kept) ? other : kept);
        }
        return byName.entrySet().stream()
                .map(e -> {
                    Mention first = e.getValue().get(0);
                    String display = displayByName.get(e.getKey());
                    return new NameGroup(first.type(), EntityNames.normalise(display), display, e.getValue());
                })
                .toList();
    }

    /** The longer name a group stands for within this document, when exactly one fits. */
    private static Optional<NameGroup> merged(NameGroup group, List<NameGroup> groups, Map<String, String> defined) {
        if (EntityNames.isAcronym(group.display())) {
            String longForm = defined.get(EntityNames.withoutDots(group.display()));
            return unique(groups.stream()
                    .filter(other -> other.type() == group.type() && other.wordCount() >= 2)
                    .filter(other -> longForm != null
                            ? other.normalised().equals(EntityNames.normalise(longForm))
                            : Acronyms.abbreviates(group.display(), other.display()))
                    .toList());
        }
        if (group.type() == EntityType.PERSON && group.wordCount() == 1) {
            return unique(groups.stream()
                    .filter(other -> other.type() == EntityType.PERSON && other.wordCount() >= 2)
                    .filter(other -> endsWithSurname(other, group.normalised()))
                    .toList());
        }
        return Optional.empty();
    }

    /** "Bashar al-Assad" ends with "Assad" too: Arabic article prefixes are optional in surnames. */
    private static boolean endsWithSurname(NameGroup fullName, String surname) {
        String last = fullName.lastWord();
        return last.equals(surname) || last.matches("(al|el|ad|as|ash|ar)-.+") && last.endsWith("-" + surname);
    }

    private static Optional<NameGroup> unique(List<NameGroup> candidates) {
        return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
    }

    private static List<DocumentEntity> entities(List<Mention> keyed, Map<String, String> canonicalByKey,
                                                 Map<String, Set<String>> aliasesByKey) {
        Map<String, DocumentEntity> byKey = new LinkedHashMap<>();
        for (Mention mention : keyed) {
            byKey.computeIfAbsent(mention.entityKey(), key -> new DocumentEntity(key, mention.type(),
                    canonicalByKey.get(key), List.copyOf(aliasesByKey.get(key))));
        }
        return List.copyOf(byKey.values());
    }

    private static int words(String name) {
        return EntityNames.words(name).size();
    }
}
