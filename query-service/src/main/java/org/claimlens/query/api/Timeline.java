package org.claimlens.query.api;

import java.util.List;

/**
 * Non-empty buckets in time order; {@code truncated} says older buckets were left out to keep the response bounded.
 */
public record Timeline(String interval, Long entityId, String q, List<TimelineBucket> buckets, boolean truncated) {
}
