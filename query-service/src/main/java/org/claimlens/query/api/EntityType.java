package org.claimlens.query.api;

/** The entity types the analysis stores; a {@code type} filter must name one of them. */
public enum EntityType {
    PERSON, ORGANIZATION, LOCATION, NATIONALITY, DATE, MONEY, PERCENT, NUMBER, MISC
}
