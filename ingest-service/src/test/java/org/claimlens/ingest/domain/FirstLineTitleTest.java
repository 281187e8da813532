package org.claimlens.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FirstLineTitleTest {

    @Test
    void aShortFirstLineFollowedByTextIsTheTitle() {
        assertThat(FirstLineTitle.of("Ad sales boost Time Warner profit\n\nQuarterly profits at US media giant..."))
                .contains("Ad sales boost Time Warner profit");
        assertThat(FirstLineTitle.of("\n  Is the tram late?  \nBody.")).contains("Is the tram late?");
        assertThat(FirstLineTitle.of("Fight Against ISIS Stalls, to Dismay of U.S.\n\nIntroduction"))
                .contains("Fight Against ISIS Stalls, to Dismay of U.S.");
    }

    @Test
    void aSentenceOrASingleLineIsNoTitle() {
        assertThat(FirstLineTitle.of("The minister said taxes will fall.\nMore text.")).isEmpty();
        assertThat(FirstLineTitle.of("Just one line without a break")).isEmpty();
        assertThat(FirstLineTitle.of("Headline only\n   \n")).isEmpty();
        assertThat(FirstLineTitle.of("x".repeat(201) + "\nBody")).isEmpty();
    }
}
