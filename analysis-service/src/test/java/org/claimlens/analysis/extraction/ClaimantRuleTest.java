package org.claimlens.analysis.extraction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** Who a reported claim is attributed to when the speaker does not stand right before the cue. */
class ClaimantRuleTest {

    @Test
    void aParticipleTakesTheSubjectOfItsSentence() {
        DocumentAnalysis analysis = SharedAnalyzer.analyze("The senator criticized the plan on Monday, saying it "
                + "would raise taxes for farmers.");

        assertThat(SharedAnalyzer.attributedClaims(analysis)).filteredOn(claim -> claim.cue().text().equals("saying")).singleElement()
                .satisfies(claim -> {
                    assertThat(claim.content().text()).isEqualTo("it would raise taxes for farmers");
                    assertThat(claim.claimant().text()).isEqualTo("The senator");
                });
    }

    @Test
    void aSecondVerbOfOneSubjectSharesIt() {
        DocumentAnalysis analysis = SharedAnalyzer.analyze("Lena Fischer toured the flooded plant on Tuesday and "
                + "said the repairs would take a year.");

        assertThat(SharedAnalyzer.attributedClaims(analysis)).singleElement().satisfies(claim -> {
            assertThat(claim.content().text()).isEqualTo("the repairs would take a year");
            assertThat(claim.claimant().text()).isEqualTo("Lena Fischer");
            assertThat(claim.claimantEntityKey()).isEqualTo("PERSON:lena fischer");
        });
    }

    @Test
    void aPartyAndStateInBracketsStandBetweenTheNameAndTheCue() {
        DocumentAnalysis analysis = SharedAnalyzer.analyze("Sen. Claire Novak (D-Ore.) said the vote on the dam "
                + "would be close.");

        assertThat(SharedAnalyzer.attributedClaims(analysis)).singleElement().satisfies(claim -> {
            assertThat(claim.content().text()).isEqualTo("the vote on the dam would be close");
            assertThat(claim.claimant().text()).endsWith("Claire Novak");
        });
    }

    @Test
    void theAgentOfAPassiveIsTheClaimant() {
        DocumentAnalysis analysis = SharedAnalyzer.analyze("The closure of the northern bridge was first reported by "
                + "the Harbor Gazette.");

        assertThat(SharedAnalyzer.attributedClaims(analysis)).singleElement().satisfies(claim -> {
            assertThat(claim.content().text()).isEqualTo("The closure of the northern bridge");
            assertThat(claim.claimant().text()).isEqualTo("the Harbor Gazette");
        });
    }

    @Test
    void aPassiveOrARaisingVerbWithoutAnAgentNamesNobody() {
        DocumentAnalysis analysis = SharedAnalyzer.analyze("The bridge is expected to reopen in May. The mayor seems "
                + "to have left the city for the summer.");

        assertThat(SharedAnalyzer.attributedClaims(analysis)).isEmpty();
    }

    @Test
    void twoSpeakersInOneSentenceKeepTheirOwnWords() {
        DocumentAnalysis analysis = SharedAnalyzer.analyze("The mayor said the bridge would reopen in May, and the "
                + "council said it would stay closed until June.");

        assertThat(SharedAnalyzer.attributedClaims(analysis)).extracting(claim -> claim.claimant().text(), claim -> claim.content().text())
                .containsExactly(tuple("The mayor", "the bridge would reopen in May"),
                        tuple("the council", "it would stay closed until June"));
    }

    @Test
    void anAttributionInsideAnotherOnesContentIsTheOuterSpeakers() {
        DocumentAnalysis analysis = SharedAnalyzer.analyze("Officials said the mayor had told the council that the "
                + "bridge would close for a month.");

        assertThat(SharedAnalyzer.attributedClaims(analysis)).singleElement().satisfies(claim -> {
            assertThat(claim.claimant().text()).isEqualTo("Officials");
            assertThat(claim.content().text())
                    .isEqualTo("the mayor had told the council that the bridge would close for a month");
        });
    }
}
