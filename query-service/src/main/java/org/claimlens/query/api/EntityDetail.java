package org.claimlens.query.api;

import java.time.Instant;
import java.util.List;

/**
 * One canonical entity: aliases, descriptors (titles and roles), counts, when it was first and last seen
 * (publication time, else ingestion time, of the documents naming it), the most recent of those documents, the
 * entities most often named alongside it, and samples of the claims it made and of the claims about it.
 */
public record EntityDetail(long id, String name, String type, List<String> aliases,
                           List<EntityDescriptor> descriptors, long documentCount,
                           long mentionCount, long claimCount, Instant firstSeen, Instant lastSeen,
                           List<EntityDocument> documents, List<CoOccurrence> coOccurring,
                           ClaimSample claimsBy, ClaimSample claimsAbout) {
}
