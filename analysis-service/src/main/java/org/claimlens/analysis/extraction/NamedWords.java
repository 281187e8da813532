package org.claimlens.analysis.extraction;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Which tokens belong to a name or a value: a descriptor is a role, so its main word is never one of them
 * ("ISIS, the Islamic State" describes nothing). Nationalities and other names ("Republican") can be roles.
 */
final class NamedWords {

    private static final Set<EntityType> NOT_ROLES = EnumSet.complementOf(
            EnumSet.of(EntityType.NATIONALITY, EntityType.MISC));

    private final boolean[] named;
    private final boolean[] person;

    NamedWords(ParsedDocument document, List<Mention> mentions) {
        int size = document.tokens().size();
        this.named = new boolean[size];
        this.person = new boolean[size];
        for (Mention mention : mentions) {
            for (int i = document.tokenAt(mention.start()); i < size
                    && document.tokens().get(i).beginPosition() < mention.end(); i++) {
                if (document.tokens().get(i).beginPosition() >= mention.start()) {
                    named[i] |= NOT_ROLES.contains(mention.type());
                    person[i] |= mention.type() == EntityType.PERSON;
                }
            }
        }
    }

    /** Whether the token is part of a name or value that cannot be a role. */
    boolean isName(int token) {
        return named[token];
    }

    /** Whether the token is part of a person's name. */
    boolean isPerson(int token) {
        return person[token];
    }
}
