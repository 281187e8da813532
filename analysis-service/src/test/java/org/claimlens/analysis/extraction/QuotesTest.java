package org.claimlens.analysis.extraction;

import edu.stanford.nlp.ling.CoreLabel;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QuotesTest {

    @Test
    void aQuotationOpensAndClosesTheRightWayRound() {
        assertThat(Quotes.isProperlyMarked(tokens("\u201c", "We", "will", "win", "\u201d"))).isTrue();
        assertThat(Quotes.isProperlyMarked(tokens("\"", "We", "will", "win", "\""))).isTrue();
        assertThat(Quotes.isProperlyMarked(tokens("\u201d", "emails", "from", "her", "\u201c"))).isFalse();
    }

    @Test
    void aQuotationHoldsNoOtherDoubleMarks() {
        assertThat(Quotes.isProperlyMarked(tokens("\"", "no", "evidence", "\"", "yet", "\"", "We", "\""))).isFalse();
        assertThat(Quotes.isProperlyMarked(tokens("\u201c", "We", "call", "it", "\u2018", "home", "\u2019", "\u201d")))
                .isTrue();
    }

    private static List<CoreLabel> tokens(String... words) {
        return Arrays.stream(words).map(word -> {
            CoreLabel token = new CoreLabel();
            token.setWord(word);
            token.setOriginalText(word);
            return token;
        }).toList();
    }
}
