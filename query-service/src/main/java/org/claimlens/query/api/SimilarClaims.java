package org.claimlens.query.api;

import java.util.List;

/**
 * Claims in other documents whose content is trigram-similar to one claim's, most similar first, and the document
 * that carried the assertion first (publication time, else ingestion time) among the claim's and theirs.
 */
public record SimilarClaims(long claimId, double threshold, List<SimilarClaim> items, DocumentRef firstCarriedBy) {
}
