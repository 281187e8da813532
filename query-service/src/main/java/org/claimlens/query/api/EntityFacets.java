package org.claimlens.query.api;

import java.util.List;

/** How many entities match a name or alias prefix, in all and by type, most frequent first. */
public record EntityFacets(long total, List<FacetCount> types) {
}
