package org.claimlens.query.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DistinctiveWordsTest {

    @Test
    void requiresThreeOfTheFourRarestWords() {
        assertThat(DistinctiveWords.query(List.of("95", "nigeria", "import", "delta", "militari")))
                .isEqualTo("('95' & 'nigeria' & 'import') | ('95' & 'nigeria' & 'delta') "
                        + "| ('95' & 'import' & 'delta') | ('nigeria' & 'import' & 'delta')");
    }

    @Test
    void requiresAllOfThreeOrFewer() {
        assertThat(DistinctiveWords.query(List.of("tax", "rise", "lyon"))).isEqualTo("'tax' & 'rise' & 'lyon'");
        assertThat(DistinctiveWords.query(List.of("tax"))).isEqualTo("'tax'");
        assertThat(DistinctiveWords.query(List.of())).isEmpty();
    }

    @Test
    void quotesLexemesSoThatNoneIsReadAsAnOperator() {
        assertThat(DistinctiveWords.query(List.of("o'neil", "a\\b", "x|y")))
                .isEqualTo("'o''neil' & 'a\\\\b' & 'x|y'");
    }
}
