package org.claimlens.query.persistence;

import org.claimlens.query.api.ClaimFilter;

/** The WHERE conditions of a {@link ClaimFilter}, over claim {@code c} joined to its document {@code d}. */
final class ClaimConditions {

    /** When a document appeared: published, else ingested. */
    static final String DOCUMENT_TIME = "coalesce(d.published_at, d.ingested_at)";

    private ClaimConditions() {
    }

    /** Whether the conditions read the document {@code d}, so that it must be joined to find the matches. */
    static boolean readDocument(ClaimFilter filter) {
        return filter.source() != null || filter.from() != null || filter.to() != null;
    }

    static Conditions of(ClaimFilter filter) {
        return new Conditions()
                .matches(SearchSql.CLAIM_CONTENT_VECTOR, "q", filter.text())
                .add(SearchSql.CLAIM_BY_OR_ABOUT_ENTITY, "entity", filter.entityId())
                .add("c.claimant_entity_id = :claimant", "claimant", filter.claimantId())
                .add("c.kind = :kind", "kind", filter.kind() == null ? null : filter.kind().name())
                .add("c.document_id = :document", "document", filter.documentId())
                .add(DOCUMENT_TIME + " >= :from", "from", filter.from())
                .add(DOCUMENT_TIME + " < :to", "to", filter.to())
                .add("c.certainty = :certainty", "certainty",
                        filter.certainty() == null ? null : filter.certainty().name())
                .add("c.check_worthiness >= :minWorthiness", "minWorthiness", filter.minCheckWorthiness())
                .add("c.check_worthy = :checkWorthy", "checkWorthy", filter.checkWorthy())
                .add("d.source = :source", "source", filter.source())
                .add("EXISTS (SELECT 1 FROM entity ct WHERE ct.id = c.claimant_entity_id AND ct.type = :claimantType)",
                        "claimantType", filter.claimantType() == null ? null : filter.claimantType().name());
    }
}
