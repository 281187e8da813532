package org.claimlens.analysis.extraction;

import java.util.List;

/**
 * An entity as one document knows it: the mentions that refer to the same thing grouped under one key,
 * with the fullest name as canonical name and the other surface forms as aliases.
 *
 * @param key           stable within the document and across documents for the same name and type,
 *                      e.g. {@code PERSON:russell travers}; the persistence layer links equal keys
 * @param canonicalName the fullest form seen, e.g. "Russell Travers"
 * @param aliases       every surface form seen, canonical name included
 */
public record DocumentEntity(String key, EntityType type, String canonicalName, List<String> aliases) {
}
