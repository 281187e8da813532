package org.claimlens.analysis.extraction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimlens.analysis.extraction.EntityType.LOCATION;
import static org.claimlens.analysis.extraction.EntityType.ORGANIZATION;
import static org.claimlens.analysis.extraction.EntityType.PERSON;

class MentionFilterTest {

    private final MentionFilter filter = new MentionFilter();

    @Test
    void keepsNames() {
        assertThat(filter.keep("Russell Travers", PERSON, ",")).isTrue();
        assertThat(filter.keep("US", LOCATION, " ")).isTrue();
        assertThat(filter.keep("Ed Miliband", PERSON, " ")).isTrue();
    }

    @Test
    void dropsPronounsButNotTheirCapitalisedNamesakes() {
        assertThat(filter.keep("he", PERSON, " ")).isFalse();
        assertThat(filter.keep("She", PERSON, " ")).isFalse();
        assertThat(filter.keep("us", LOCATION, " ")).isFalse();
        assertThat(filter.keep("IT", ORGANIZATION, " ")).isTrue();
    }

    @Test
    void dropsSingleLowercaseWordsAsPeopleOrOrganisations() {
        assertThat(filter.keep("senator", PERSON, " ")).isFalse();
        assertThat(filter.keep("ebay", ORGANIZATION, " ")).isFalse();
    }

    @Test
    void dropsSignOffsAndPageFurniture() {
        assertThat(filter.keep("Ed", PERSON, ".")).isFalse();
        assertThat(filter.keep("Click", ORGANIZATION, " ")).isFalse();
        assertThat(filter.keep("Comments", PERSON, " ")).isFalse();
        assertThat(filter.keep("\u2014", PERSON, " ")).isFalse();
    }
}
