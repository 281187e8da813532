package org.claimlens.query.persistence;

import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Optional WHERE conditions with their named parameters, for queries whose filters are all optional. */
final class Conditions {

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    /** Adds {@code clause} (which uses {@code :name}) unless {@code value} is null. */
    Conditions add(String clause, String name, Object value) {
        if (value != null) {
            clauses.add(clause);
            parameters.put(name, value);
        }
        return this;
    }

    /** Adds a full-text match of {@code vector} against {@code text} (see {@link FullTextQuery}) unless null. */
    Conditions matches(String vector, String name, String text) {
        if (text == null) {
            return this;
        }
        FullTextQuery query = FullTextQuery.of(text);
        return add(vector + " @@ " + query.sql(name), name, query.parameter(text));
    }

    String where() {
        return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }

    /** The parameters by name, for running the same statement outside JPA (the benchmark's raw SQL). */
    Map<String, Object> parameters() {
        return Map.copyOf(parameters);
    }

    <Q extends Query> Q bind(Q query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
