package org.claimlens.analysis.extraction;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the entity a claimant names: the person or organisation mention holding the claimant's main word; for
 * "he" or "she", the nearest person mentioned before.
 */
final class ClaimantLinker {

    private static final Set<EntityType> SPEAKER_TYPES = Set.of(EntityType.PERSON, EntityType.ORGANIZATION);
    private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she");
    /** How many sentences back "he" or "she" may look for its person. */
    private static final int PRONOUN_REACH = 3;

    private final ParsedDocument document;
    private final List<Mention> mentions;
    private final List<DocumentEntity> entities;
    private final CuratedAliases aliases;

    ClaimantLinker(ParsedDocument document, List<Mention> mentions, List<DocumentEntity> entities,
                   CuratedAliases aliases) {
        this.document = document;
        this.aliases = aliases;
        this.mentions = mentions;
        this.entities = entities;
    }

    /** @param head the main word of the claimant: the one looked up among the mentions */
    String keyFor(Span head) {
        Optional<Mention> named = mentions.stream()
                .filter(m -> SPEAKER_TYPES.contains(m.type()) && m.start() <= head.start() && head.end() <= m.end())
                .findFirst();
        if (named.isPresent()) {
            return named.get().entityKey();
        }
        Optional<String> byName = byName(head.text());
        if (byName.isPresent()) {
            return byName.get();
        }
        if (PERSONAL_PRONOUNS.contains(head.text().toLowerCase(Locale.ROOT))) {
            return personBefore(head.start());
        }
        return null;
    }

    /** A name NER missed but the document or the curated list knows: "the NYT" reported that ... */
    private Optional<String> byName(String word) {
        List<String> keys = SPEAKER_TYPES.stream()
                .flatMap(type -> aliases.canonical(type, word).map(name -> EntityNames.key(type, name)).stream())
                .toList();
        return entities.stream()
                .filter(e -> SPEAKER_TYPES.contains(e.type()) && (e.aliases().contains(word) || keys.contains(e.key())))
                .map(DocumentEntity::key)
                .findFirst();
    }

    private String personBefore(int offset) {
        int earliestSentence = document.sentenceAt(offset) - PRONOUN_REACH;
        String key = null;
        for (Mention mention : mentions) {
            if (mention.start() >= offset) {
                break;
            }
            if (mention.type() == EntityType.PERSON && mention.sentenceIndex() >= earliestSentence) {
                key = mention.entityKey();
            }
        }
        return key;
    }
}
