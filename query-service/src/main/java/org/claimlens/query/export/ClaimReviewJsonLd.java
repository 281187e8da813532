package org.claimlens.query.export;

import java.util.LinkedHashMap;
import java.util.Map;
import org.claimlens.query.api.ExportedClaim;

/**
 * A claim as a schema.org {@code ClaimReview} node: {@code claimReviewed} is the claim's text and
 * {@code itemReviewed} the {@code Claim} itself, whose {@code author} is the claimant, {@code datePublished} the
 * day its document appeared, and {@code appearance} that document. ClaimLens does not rate claims, so there is no
 * {@code reviewRating}, and the review's own {@code author} (the fact-checker) is left to whoever publishes it.
 */
public final class ClaimReviewJsonLd {

    public static final String CONTEXT = "https://schema.org";

    private ClaimReviewJsonLd() {
    }

    public static Map<String, Object> node(ExportedClaim claim) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("@type", "Claim");
        Map<String, Object> author = claimant(claim);
        if (author != null) {
            item.put("author", author);
        }
        item.put("datePublished", (claim.publishedAt() != null ? claim.publishedAt() : claim.ingestedAt()).toString());
        item.put("appearance", appearance(claim));
        Map<String, Object> review = new LinkedHashMap<>();
        review.put("@type", "ClaimReview");
        review.put("identifier", "claim-" + claim.id());
        review.put("claimReviewed", claim.content());
        review.put("itemReviewed", item);
        return review;
    }

    /**
     * People are {@code Person}; organisations and places speaking as states are {@code Organization}; a claimant
     * that resolved to no entity gets a name but no guessed type. Author claims are the document's author's.
     */
    private static Map<String, Object> claimant(ExportedClaim claim) {
        Map<String, Object> author = new LinkedHashMap<>();
        if (claim.claimantEntityId() != null) {
            author.put("@type", "PERSON".equals(claim.claimantEntityType()) ? "Person" : "Organization");
            author.put("name", claim.claimantEntityName());
            author.put("identifier", "entity-" + claim.claimantEntityId());
        } else if (claim.claimant() != null) {
            author.put("name", claim.claimant());
        } else if ("AUTHOR".equals(claim.kind()) && claim.documentAuthor() != null) {
            author.put("@type", "Person");
            author.put("name", claim.documentAuthor());
        } else {
            return null;
        }
        return author;
    }

    private static Map<String, Object> appearance(ExportedClaim claim) {
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("@type", "NewsArticle");
        article.put("url", claim.documentUrl());
        article.put("headline", claim.documentTitle());
        if (claim.documentSource() != null) {
            article.put("publisher", Map.of("@type", "Organization", "name", claim.documentSource()));
        }
        return article;
    }
}
