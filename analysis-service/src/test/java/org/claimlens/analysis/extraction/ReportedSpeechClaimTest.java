package org.claimlens.analysis.extraction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class ReportedSpeechClaimTest {

    @Test
    void speakerToldSomeoneThatSomething() {
        DocumentAnalysis analysis = SharedAnalyzer.analyze("Russell Travers, the acting head of the National "
                + "Counterterrorism Center, told senators that the group remained a potent threat in Syria.");

        assertThat(SharedAnalyzer.attributedClaims(analysis)).singleElement().satisfies(claim -> {
            assertThat(claim.kind()).isEqualTo(ClaimKind.INDIRECT);
            assertThat(claim.content().text()).isEqualTo("the group remained a potent threat in Syria");
            assertThat(claim.claimant().text()).isEqualTo("Russell Travers");
            assertThat(claim.claimantEntityKey()).isEqualTo("PERSON:russell travers");
            assertThat(claim.cue().text()).isEqualTo("told senators");
        });
    }

    @Test
    void officialsSaidWhenThatSomething() {
        DocumentAnalysis analysis = SharedAnalyzer.analyze("Dutch officials said in late September that they foiled "
                + "a large terrorist attack there.");

        assertThat(SharedAnalyzer.attributedClaims(analysis)).singleElement().satisfies(claim -> {
            assertThat(claim.content().text()).isEqualTo("they foiled a large terrorist attack there");
            assertThat(claim.claimant().text()).isEqualTo("Dutch officials");
            assertThat(claim.claimantEntityKey()).isNull();
            assertThat(claim.cue().text()).isEqualTo("said");
        });
    }

    @Test
    void accordingToSomeone() {
        DocumentAnalysis analysis = SharedAnalyzer.analyze("The program collects data from commando raids in Syria, "
                + "according to officials who spoke on condition of anonymity.");

        assertThat(SharedAnalyzer.attributedClaims(analysis)).singleElement().satisfies(claim -> {
            assertThat(claim.content().text()).isEqualTo("The program collects data from commando raids in Syria");
            assertThat(claim.claimant().text()).isEqualTo("officials");
            assertThat(claim.cue().text()).isEqualTo("according to");
        });
    }

    @Test
    void accordingToANamedOrganisation() {
        DocumentAnalysis analysis = SharedAnalyzer.analyze("According to the World Health Organization, the outbreak "
                + "has spread to four more provinces.");

        assertThat(SharedAnalyzer.attributedClaims(analysis)).singleElement().satisfies(claim -> {
            assertThat(claim.content().text()).isEqualTo("the outbreak has spread to four more provinces");
            assertThat(claim.claimant().text()).isEqualTo("the World Health Organization");
            assertThat(claim.claimantEntityKey()).isEqualTo("ORGANIZATION:world health organization");
        });
    }

    @Test
    void longSpeakerPhraseKeepsItsModifiersButNotItsAside() {
        DocumentAnalysis analysis = SharedAnalyzer.analyze("Critics of the president’s plans, including members of "
                + "his own party, said the decision may have emboldened the militants.");

        assertThat(SharedAnalyzer.attributedClaims(analysis)).singleElement().satisfies(claim -> {
            assertThat(claim.claimant().text()).isEqualTo("Critics of the president’s plans");
            assertThat(claim.content().text()).isEqualTo("the decision may have emboldened the militants");
        });
    }

    @Test
    void notFromReadersNegationsEditorsNotesOrQuotedSpeech() {
        DocumentAnalysis analysis = SharedAnalyzer.analyze("Readers will note that the numbers are vague. The "
                + "minister did not say that the talks had failed. The paper rushed to sow doubt and to keep the "
                + "troops in the region (emphasis added). “I told them that we would win,” the coach said.");

        assertThat(SharedAnalyzer.attributedClaims(analysis)).extracting(claim -> claim.claimant().text())
                .noneMatch(claimant -> claimant.equalsIgnoreCase("readers") || claimant.equals("The minister"));
        assertThat(SharedAnalyzer.attributedClaims(analysis)).extracting(claim -> claim.content().text())
                .noneMatch(content -> content.contains("emphasis") || content.contains("we would win")
                        && !content.startsWith("I told them"));
        assertThat(SharedAnalyzer.attributedClaims(analysis)).filteredOn(claim -> claim.kind() == ClaimKind.DIRECT_QUOTE).singleElement()
                .satisfies(claim -> {
                    assertThat(claim.content().text()).isEqualTo("I told them that we would win");
                    assertThat(claim.claimant().text()).isEqualTo("the coach");
                });
    }

    @Test
    void attributionAfterTheClause() {
        DocumentAnalysis analysis = SharedAnalyzer.analyze("The bridge will reopen in the spring, the council said on "
                + "Monday. Secret Service protocol called for the nominee to be taken to a trauma center, sources said.");

        assertThat(SharedAnalyzer.attributedClaims(analysis)).extracting(claim -> claim.claimant().text(), claim -> claim.content().text())
                .containsExactly(tuple("the council", "The bridge will reopen in the spring"),
                        tuple("sources", "Secret Service protocol called for the nominee to be taken to a trauma center"));
    }

    @Test
    void attributionInterruptingTheClauseStaysInsideTheContent() {
        DocumentAnalysis analysis = SharedAnalyzer.analyze("The repairs, officials said, would cost more than expected.");

        assertThat(SharedAnalyzer.attributedClaims(analysis)).singleElement().satisfies(claim -> {
            assertThat(claim.content().text()).isEqualTo("The repairs, officials said, would cost more than expected");
            assertThat(claim.claimant().text()).isEqualTo("officials");
        });
    }
}
