package org.claimlens.query.api;

/** Another entity named in the same documents as the one in view, with how many documents they share. */
public record CoOccurrence(long entityId, String name, String type, long sharedDocuments) {
}
