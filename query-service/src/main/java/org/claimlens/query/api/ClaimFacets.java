package org.claimlens.query.api;

import java.util.List;

/**
 * Counts of the claims matching a filter: in all, by kind, by certainty (claims not yet rated are left out), by
 * source of their document, and by type of the entity that made them (claims without a resolved claimant are not in
 * {@code claimantTypes}). Most frequent first.
 */
public record ClaimFacets(long total, List<FacetCount> kinds, List<FacetCount> certainties,
                          List<FacetCount> sources, List<FacetCount> claimantTypes) {
}
