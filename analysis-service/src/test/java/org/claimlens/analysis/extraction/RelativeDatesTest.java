package org.claimlens.analysis.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.claimlens.analysis.extraction.TimeReference.Granularity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RelativeDatesTest {

    /** Thursday. */
    private static final LocalDate PUBLISHED = LocalDate.of(2018, 11, 8);

    private final RelativeDates dates = new RelativeDates();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "He spoke yesterday.|yesterday|2018-11-07|2018-11-07|DAY",
            "It opens today.|today|2018-11-08|2018-11-08|DAY",
            "They met last week in Paris.|last week|2018-10-29|2018-11-04|WEEK",
            "Sales fell this week.|this week|2018-11-05|2018-11-11|WEEK",
            "Talks resume next week.|next week|2018-11-12|2018-11-18|WEEK",
            "He was killed last month.|last month|2018-10-01|2018-10-31|MONTH",
            "Earlier this year prices rose.|Earlier this year|2018-01-01|2018-12-31|YEAR",
            "It ended three days ago.|three days ago|2018-11-05|2018-11-05|DAY",
            "It ended two weeks ago.|two weeks ago|2018-10-22|2018-10-28|WEEK",
            "The minister said on Wednesday that taxes fall.|on Wednesday|2018-11-07|2018-11-07|DAY",
            "Police said Thursday that two men were held.|Thursday|2018-11-08|2018-11-08|DAY",
            "The storm hit last Thursday.|last Thursday|2018-11-01|2018-11-01|DAY",
            "The council will vote on Monday.|on Monday|2018-11-12|2018-11-12|DAY",
            "The board meets next Tuesday.|next Tuesday|2018-11-13|2018-11-13|DAY",
            "Officials said in late September that a plot failed.|in late September|2018-09-01|2018-09-30|MONTH",
            "Prices have risen since December.|since December|2017-12-01|2017-12-31|MONTH",
            "The attack on Wednesday, January 16th killed 19.|on Wednesday, January 16th|2018-01-16|2018-01-16|DAY",
            "The vote is due on December 3rd.|December 3rd|2018-12-03|2018-12-03|DAY",
            "They left last weekend.|last weekend|2018-11-03|2018-11-04|WEEK"})
    void resolvesAgainstThePublicationDate(String text, String expression, String from, String to, Granularity unit) {
        TimeReference time = dates.find(text, 0, text.length(), PUBLISHED).orElseThrow();

        assertThat(time.expression().text()).isEqualTo(expression);
        assertThat(text.substring(time.expression().start(), time.expression().end())).isEqualTo(expression);
        assertThat(time.from()).isEqualTo(from);
        assertThat(time.to()).isEqualTo(to);
        assertThat(time.granularity()).isEqualTo(unit);
    }

    @Test
    void withoutAPublicationDateTheExpressionIsKeptUnresolved() {
        TimeReference time = dates.find("They met last week.", 0, 19, null).orElseThrow();

        assertThat(time.expression().text()).isEqualTo("last week");
        assertThat(time.from()).isNull();
        assertThat(time.granularity()).isEqualTo(Granularity.WEEK);
    }

    @Test
    void datesWithAYearAndOrdinaryWordsAreNotRelative() {
        for (String text : new String[] {"It was signed on November 8, 2018 in Paris.",
                "The army may march on the capital.", "He said a weekly market is held."}) {
            assertThat(dates.find(text, 0, text.length(), PUBLISHED)).as(text).isEmpty();
        }
    }

    @Test
    void onlyTheGivenWindowIsSearched() {
        String text = "Yesterday it rained. The minister said taxes will fall.";
        assertThat(dates.find(text, 21, text.length(), PUBLISHED)).isEmpty();
    }
}
