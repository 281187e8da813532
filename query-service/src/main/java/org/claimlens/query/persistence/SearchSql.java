package org.claimlens.query.persistence;

/**
 * SQL conditions whose shape must match the indexes of analysis-service's schema, kept in one place so a test can
 * check with EXPLAIN that PostgreSQL really uses those indexes.
 */
final class SearchSql {

    /**
     * Entity {@code e} whose name or an alias starts with {@code :prefix} (a LIKE pattern), ignoring case and
     * accents through {@code fold_name}, as the {@code text_pattern_ops} indexes on {@code fold_name(...)} expect.
     * The matching ids are collected once into an array (an InitPlan), so PostgreSQL fetches those entities by
     * primary key; written as {@code IN (subquery)} it hash-joins against a sequential scan of all entities.
     */
    static final String ENTITY_NAME_OR_ALIAS_LIKE = "e.id = ANY (ARRAY("
            + "SELECT id FROM entity WHERE fold_name(name) LIKE fold_name(:prefix) ESCAPE '\\' UNION "
            + "SELECT entity_id FROM entity_alias WHERE fold_name(alias) LIKE fold_name(:prefix) ESCAPE '\\'))";

    /** The stored, GIN-indexed text search vector of claim {@code c}: {@code to_tsvector('english', content)}. */
    static final String CLAIM_CONTENT_VECTOR = "c.content_tsv";

    /** The stored, GIN-indexed text search vector of document {@code d}: title and body. */
    static final String DOCUMENT_TEXT_VECTOR = "d.text_tsv";

    /**
     * Claim {@code c} made by entity {@code :entity}, or about it. Written as one id set, so that both halves use
     * their index; {@code claimant = :entity OR EXISTS (...)} makes PostgreSQL test every claim.
     */
    static final String CLAIM_BY_OR_ABOUT_ENTITY = "c.id IN (SELECT b.id FROM claim b WHERE b.claimant_entity_id "
            + "= :entity UNION ALL SELECT ce.claim_id FROM claim_entity ce WHERE ce.entity_id = :entity)";

    private SearchSql() {
    }

    /** Claim {@code c} about entity {@code :name}: the extractor found it named in the content, not as claimant. */
    static String claimAbout(String name) {
        return "EXISTS (SELECT 1 FROM claim_entity ce WHERE ce.claim_id = c.id AND ce.entity_id = :" + name + ")";
    }

    /** A LIKE pattern matching values that start with {@code text} literally, wildcards included. */
    static String startsWith(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
