package org.claimlens.query.persistence;

/**
 * SQL conditions whose shape must match the indexes of analysis-service's schema, kept in one place so a test can
 * check with EXPLAIN that PostgreSQL really uses those indexes.
 */
final class SearchSql {

    /**
     * Entity {@code e} whose name or an alias starts with {@code :prefix} (a LIKE pattern), compared in lower case
     * as the {@code text_pattern_ops} indexes on {@code lower(name)} and {@code lower(alias)} expect.
     */
    static final String ENTITY_NAME_OR_ALIAS_LIKE = "e.id IN ("
            + "SELECT id FROM entity WHERE lower(name) LIKE lower(:prefix) ESCAPE '\\' "
            + "UNION SELECT entity_id FROM entity_alias WHERE lower(alias) LIKE lower(:prefix) ESCAPE '\\')";

    /** Claim {@code c} whose content matches {@code :q}; the expression is the GIN index's, word for word. */
    static final String CLAIM_CONTENT_MATCHES =
            "to_tsvector('english', c.content) @@ websearch_to_tsquery('english', :q)";

    /** Claim {@code c} made by entity {@code :entity}, or whose content span mentions it. */
    static final String CLAIM_BY_OR_ABOUT_ENTITY = "(c.claimant_entity_id = :entity OR EXISTS ("
            + "SELECT 1 FROM mention m WHERE m.document_id = c.document_id AND m.entity_id = :entity "
            + "AND m.start_offset >= c.content_start AND m.end_offset <= c.content_end))";

    private SearchSql() {
    }

    /** A LIKE pattern matching values that start with {@code text} literally, wildcards included. */
    static String startsWith(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
