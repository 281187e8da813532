package org.claimlens.analysis.extraction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SplitQuoteClaimTest {

    @Test
    void aQuotationInterruptedByItsAttributionIsOneClaim() {
        DocumentAnalysis analysis = SharedAnalyzer.analyze("“The levees held better than anyone expected,” the "
                + "engineer Ana Ortiz said, “but the pumps failed within an hour.”");

        assertThat(SharedAnalyzer.attributedClaims(analysis)).singleElement().satisfies(claim -> {
            assertThat(claim.content().text()).startsWith("The levees held").endsWith("within an hour.");
            assertThat(claim.claimant().text()).isEqualTo("the engineer Ana Ortiz");
            assertThat(claim.cue().text()).isEqualTo("said");
        });
    }

    @Test
    void theSecondPartMayFollowASentenceEndInTheSameParagraph() {
        DocumentAnalysis analysis = SharedAnalyzer.analyze("“We are running out of seed for next spring,” Mr. "
                + "Haddad said. “Nobody in the valley has planted since the flood.”");

        assertThat(SharedAnalyzer.attributedClaims(analysis)).singleElement().satisfies(claim ->
                assertThat(claim.content().text()).startsWith("We are running").endsWith("since the flood."));
    }

    @Test
    void aQuotationInTheNextParagraphStaysApart() {
        DocumentAnalysis analysis = SharedAnalyzer.analyze("“We are running out of seed for next spring,” Mr. "
                + "Haddad said.\n\n“Nobody in the valley has planted since the flood,” a farmer told reporters.");

        assertThat(SharedAnalyzer.attributedClaims(analysis)).hasSize(2);
    }
}
