package org.claimlens.analysis.extraction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EntityNamesTest {

    @Test
    void keysIgnoreCaseAccentsDotsAndALeadingThe() {
        assertThat(EntityNames.key(EntityType.ORGANIZATION, "C.I.A.")).isEqualTo("ORGANIZATION:cia");
        assertThat(EntityNames.key(EntityType.ORGANIZATION, "The  New York\nTimes"))
                .isEqualTo("ORGANIZATION:new york times");
        assertThat(EntityNames.key(EntityType.PERSON, "François Hollande")).isEqualTo("PERSON:francois hollande");
        assertThat(EntityNames.key(EntityType.MONEY, "$4.5 million")).isEqualTo("MONEY:$4.5 million");
        assertThat(EntityNames.key(EntityType.PERSON, "Bashar Al-Assad"))
                .isEqualTo(EntityNames.key(EntityType.PERSON, "Bashar al-Assad"));
    }

    @Test
    void personDisplayNamesLoseTheirTitles() {
        assertThat(EntityNames.displayName(EntityType.PERSON, "Mr. Graham")).isEqualTo("Graham");
        assertThat(EntityNames.displayName(EntityType.PERSON, "Senator Lindsey Graham")).isEqualTo("Lindsey Graham");
        assertThat(EntityNames.displayName(EntityType.PERSON, "Vice President Mike Pence")).isEqualTo("Mike Pence");
        assertThat(EntityNames.displayName(EntityType.PERSON, "President")).isEqualTo("President");
    }

    @Test
    void organisationsLoseALeadingTheAndNationalitiesTheirPlural() {
        assertThat(EntityNames.displayName(EntityType.ORGANIZATION, "the Pentagon")).isEqualTo("Pentagon");
        assertThat(EntityNames.displayName(EntityType.NATIONALITY, "Americans")).isEqualTo("American");
        assertThat(EntityNames.displayName(EntityType.NATIONALITY, "Swiss")).isEqualTo("Swiss");
    }

    @Test
    void acronymsAreCapitalsWithOrWithoutDots() {
        assertThat(EntityNames.isAcronym("NCTC")).isTrue();
        assertThat(EntityNames.isAcronym("C.I.A.")).isTrue();
        assertThat(EntityNames.isAcronym("Nato")).isFalse();
        assertThat(EntityNames.isAcronym("A")).isFalse();
    }

    @Test
    void acronymsAbbreviateNamesByInitials() {
        assertThat(Acronyms.abbreviates("SDF", "Syrian Democratic Forces")).isTrue();
        assertThat(Acronyms.abbreviates("U.S.", "United States")).isTrue();
        assertThat(Acronyms.abbreviates("NCTC", "National Counterterrorism Center")).isTrue();
        assertThat(Acronyms.abbreviates("DOD", "Department of Defense")).isTrue();
        assertThat(Acronyms.abbreviates("FBI", "Federal Bureau of Investigation")).isTrue();

        assertThat(Acronyms.abbreviates("SDF", "Syrian Arab Army")).isFalse();
        assertThat(Acronyms.abbreviates("NATO", "National Counterterrorism Center")).isFalse();
        assertThat(Acronyms.abbreviates("UN", "Union")).isFalse();
    }
}
