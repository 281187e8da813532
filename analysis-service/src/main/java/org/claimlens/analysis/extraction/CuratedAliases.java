package org.claimlens.analysis.extraction;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A short hand-kept list of names that mean one thing whatever the document ("ISIS" and "Islamic State"),
 * read from {@code extraction/aliases.tsv}. A cross-document alias system is a later issue.
 */
final class CuratedAliases {

    private final Map<String, String> canonicalByKey = new HashMap<>();

    CuratedAliases() {
        for (String line : Resources.lines("extraction/aliases.tsv")) {
            String[] fields = line.split("\t");
            if (fields.length != 3) {
                throw new IllegalStateException("aliases.tsv wants TYPE<TAB>alias<TAB>canonical: " + line);
            }
            EntityType type = EntityType.valueOf(fields[0]);
            canonicalByKey.put(EntityNames.key(type, fields[1]), fields[2]);
            canonicalByKey.put(EntityNames.key(type, fields[2]), fields[2]);
        }
    }

    /** The curated canonical name for a name of a type, if the list knows it. */
    Optional<String> canonical(EntityType type, String name) {
        return Optional.ofNullable(canonicalByKey.get(EntityNames.key(type, name)));
    }
}
