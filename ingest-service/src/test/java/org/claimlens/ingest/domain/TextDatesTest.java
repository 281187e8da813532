package org.claimlens.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TextDatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Introduction — Nov 8, 2018|2018-11-08T00:00:00Z",
            "Published November 8th, 2018 at noon|2018-11-08T00:00:00Z",
            "By A. Writer, 8 November 2018|2018-11-08T00:00:00Z",
            "Updated: 8th of Nov. 2018|2018-11-08T00:00:00Z",
            "2018-11-08|2018-11-08T00:00:00Z",
            "Sept 30, 2019|2019-09-30T00:00:00Z"})
    void datesInHeaderLines(String line, String expected) {
        assertThat(TextDates.findInHeader("Headline\n\n" + line + "\n\nBody text.")).contains(Instant.parse(expected));
    }

    @Test
    void aDateDeepInTheBodyIsNotThePublicationDate() {
        String text = "Headline\nLine 2\nLine 3\nLine 4\nLine 5\nThe deal was signed on Nov 8, 2018.";
        assertThat(TextDates.findInHeader(text)).isEmpty();
    }

    @Test
    void incompleteOrImpossibleDatesAreNoDates() {
        assertThat(TextDates.findInHeader("Headline\nWednesday, January 16th\nBody")).isEmpty();
        assertThat(TextDates.findInHeader("Headline\nFeb 30, 2018\nBody")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2018-11-07T09:30:00-05:00|2018-11-07T14:30:00Z",
            "2018-11-08T10:00:00Z|2018-11-08T10:00:00Z",
            "2018-11-08T10:00:00|2018-11-08T10:00:00Z",
            "Thu, 8 Nov 2018 10:00:00 GMT|2018-11-08T10:00:00Z",
            "2018-11-08|2018-11-08T00:00:00Z",
            "November 8, 2018|2018-11-08T00:00:00Z"})
    void metadataValues(String value, String expected) {
        assertThat(TextDates.parse(value)).contains(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "", "2018-13-45", "soon"})
    void metadataThatIsNoDate(String value) {
        assertThat(TextDates.parse(value)).isEqualTo(Optional.empty());
    }
}
