package org.claimlens.query.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FullTextQueryTest {

    @Test
    void plainAndQuotedInputUsesWebSearchSyntaxUnchanged() {
        assertThat(FullTextQuery.of("\"islamic state\" -iraq")).isEqualTo(FullTextQuery.WEB_SEARCH);
        assertThat(FullTextQuery.WEB_SEARCH.parameter("a \"b c\"")).isEqualTo("a \"b c\"");
        assertThat(FullTextQuery.of("*")).isEqualTo(FullTextQuery.WEB_SEARCH);
    }

    @Test
    void aStarredWordBecomesAPrefixTerm() {
        assertThat(FullTextQuery.of("islamic regro*")).isEqualTo(FullTextQuery.PREFIX);
        assertThat(FullTextQuery.PREFIX.parameter("islamic regro*")).isEqualTo("islamic & regro:*");
    }

    @Test
    void tsqueryOperatorsNeverReachThePrefixQuery() {
        assertThat(FullTextQuery.PREFIX.parameter("a:*|b & !c'd (e)* f\\*"))
                .isEqualTo("a & b & c & d & e & f");
    }
}
