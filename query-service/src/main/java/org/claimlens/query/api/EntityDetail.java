package org.claimlens.query.api;

import java.time.Instant;
import java.util.List;

/**
 * One canonical entity: aliases, descriptors (titles and roles), counts, when it was first and last seen (publication time, else ingestion
 * time, of the documents naming it) and the most recent of those documents.
 */
public record EntityDetail(long id, String name, String type, List<String> aliases,
                           List<EntityDescriptor> descriptors, long documentCount,
                           long mentionCount, long claimCount, Instant firstSeen, Instant lastSeen,
                           List<EntityDocument> documents) {
}
