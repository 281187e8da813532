package org.claimlens.analysis.extraction;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** One document's resolved mentions and entities, with the look-ups the enrichment rules share. */
final class EntityIndex {

    private final List<Mention> mentions;
    private final Map<String, DocumentEntity> entities;
    private final CuratedAliases aliases;

    EntityIndex(List<Mention> mentions, List<DocumentEntity> entities, CuratedAliases aliases) {
        this.aliases = aliases;
        this.mentions = List.copyOf(mentions);
        this.entities = entities.stream()
                .collect(Collectors.toUnmodifiableMap(DocumentEntity::key, Function.identity(), (a, b) -> a));
    }

    Optional<DocumentEntity> entity(String key) {
        return Optional.ofNullable(key).map(entities::get);
    }

    /** The entity's canonical name, or the fallback when the key is unknown. */
    String nameOf(String key, String fallback) {
        return entity(key).map(DocumentEntity::canonicalName).orElse(fallback);
    }

    /** Mentions lying wholly inside {@code [start, end)}, in text order. */
    List<Mention> mentionsIn(int start, int end) {
        return mentions.stream().filter(m -> start <= m.start() && m.end() <= end).toList();
    }

    /** An organisation mention naming a news outlet, by its canonical name or as written. */
    boolean isOutlet(Mention mention) {
        return mention.type() == EntityType.ORGANIZATION
                && (NewsOutlets.isOutlet(mention.text()) || NewsOutlets.isOutlet(nameOf(mention.entityKey(), "")));
    }

    /** The key of the document's entity of that type one of whose names is the given one, ignoring case and "The". */
    Optional<String> keyNamed(EntityType type, String name) {
        String wanted = withoutArticle(name);
        return entities.values().stream()
                .filter(e -> e.type() == type && e.aliases().stream().anyMatch(a -> withoutArticle(a).equals(wanted)))
                .map(DocumentEntity::key)
                .sorted()
                .findFirst();
    }

    private static String withoutArticle(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replaceFirst("^the\\s+", "");
    }

    /** The document's organisation a single word names where the tagger saw no name ("the NYT"), if it has one. */
    Optional<DocumentEntity> organisationNamed(String word) {
        String canonical = aliases.canonical(EntityType.ORGANIZATION, word).orElse(word);
        return entity(EntityNames.key(EntityType.ORGANIZATION, canonical));
    }

    /** Whether the words, or the entity they were linked to, name a news outlet: "the NYT", "the New York Times". */
    boolean namesOutlet(String words, String entityKey) {
        Optional<DocumentEntity> entity = entity(entityKey);
        if (entity.isPresent()) {
            return entity.get().type() == EntityType.ORGANIZATION && NewsOutlets.isOutlet(entity.get().canonicalName());
        }
        return NewsOutlets.isOutlet(words);
    }
}
