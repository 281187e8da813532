package org.claimlens.analysis.extraction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BeliefVerbClaimTest {

    @Test
    void anExpectationIsAttributedLikeSpeech() {
        DocumentAnalysis analysis = SharedAnalyzer.analyze("The county treasurer expects that the new budget will "
                + "pass before the end of June.");

        assertThat(SharedAnalyzer.attributedClaims(analysis)).singleElement().satisfies(claim -> {
            assertThat(claim.kind()).isEqualTo(ClaimKind.INDIRECT);
            assertThat(claim.content().text()).isEqualTo("the new budget will pass before the end of June");
            assertThat(claim.claimant().text()).isEqualTo("The county treasurer");
            assertThat(claim.cue().text()).isEqualTo("expects");
        });
    }

    @Test
    void aHopeWithoutAClauseIsNoClaim() {
        DocumentAnalysis analysis = SharedAnalyzer.analyze("The county treasurer hopes for a quiet summer.");

        assertThat(SharedAnalyzer.attributedClaims(analysis)).isEmpty();
    }
}
