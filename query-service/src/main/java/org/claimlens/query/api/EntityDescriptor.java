package org.claimlens.query.api;

/** A title or role documents give an entity, with the number of documents that give it. */
public record EntityDescriptor(String text, long documentCount) {
}
