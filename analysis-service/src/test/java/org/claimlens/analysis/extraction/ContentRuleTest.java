package org.claimlens.analysis.extraction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Where a reported content ends, and wordings that look like attributions but name nobody who says anything. */
class ContentRuleTest {

    @Test
    void aLineWithoutAFullStopEndsTheContentAtItsParagraph() {
        DocumentAnalysis analysis = SharedAnalyzer.analyze("The Gazette can now report that the dam is,\nan "
                + "unfinished project with cracks in its walls\nIn other words, the work is far from over.");

        assertThat(SharedAnalyzer.attributedClaims(analysis)).singleElement().satisfies(claim ->
                assertThat(claim.content().text()).endsWith("cracks in its walls").doesNotContain("In other words"));
    }

    @Test
    void theSubjectOfAPassiveInARelativeClauseIsWhatTheRelativeStandsFor() {
        DocumentAnalysis analysis = SharedAnalyzer.analyze("Flood barrier plans that were first reported by the "
                + "Harbor Gazette would cost twice as much as the old dam.");

        assertThat(SharedAnalyzer.attributedClaims(analysis)).singleElement().satisfies(claim -> {
            assertThat(claim.content().text()).isEqualTo("Flood barrier plans");
            assertThat(claim.claimant().text()).isEqualTo("the Harbor Gazette");
        });
    }

    @Test
    void seemingAndNamingAttributeNothing() {
        DocumentAnalysis analysis = SharedAnalyzer.analyze("The convoys seemed completely unconcerned about the "
                + "storm. A new program in Riverton, called Operation Clear Water, is testing every well in the "
                + "county this spring.");

        assertThat(SharedAnalyzer.attributedClaims(analysis)).isEmpty();
    }

    @Test
    void theThatOfARelativeClauseOpensNoContent() {
        DocumentAnalysis analysis = SharedAnalyzer.analyze("The council discussed the flood barrier plans that were "
                + "first reported by the Harbor Gazette.");

        assertThat(SharedAnalyzer.attributedClaims(analysis)).singleElement().satisfies(claim -> assertThat(claim.content().text())
                .isEqualTo("the flood barrier plans that were first reported by the Harbor Gazette"));
    }

    @Test
    void noOneIsNoClaimant() {
        DocumentAnalysis analysis = SharedAnalyzer.analyze("There is no public outcry about the mayor's decision "
                + "to close the bridge.");

        assertThat(SharedAnalyzer.attributedClaims(analysis)).isEmpty();
    }
}
