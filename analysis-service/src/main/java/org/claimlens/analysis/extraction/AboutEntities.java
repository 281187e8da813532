package org.claimlens.analysis.extraction;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The entities a claim is about: people, organisations, places, groups and named things mentioned in its content,
 * other than its claimant. Dates and amounts are values the claim states, not what it is about.
 */
final class AboutEntities {

    private static final Set<EntityType> ABOUT_TYPES = Set.of(EntityType.PERSON, EntityType.ORGANIZATION,
            EntityType.LOCATION, EntityType.NATIONALITY, EntityType.MISC);

    private final EntityIndex entities;

    AboutEntities(EntityIndex entities) {
        this.entities = entities;
    }

    List<String> of(Claim claim) {
        Set<String> keys = new LinkedHashSet<>();
        for (Mention mention : entities.mentionsIn(claim.content().start(), claim.content().end())) {
            if (ABOUT_TYPES.contains(mention.type()) && mention.entityKey() != null
                    && !mention.entityKey().equals(claim.claimantEntityKey())) {
                keys.add(mention.entityKey());
            }
        }
        return List.copyOf(keys);
    }
}
