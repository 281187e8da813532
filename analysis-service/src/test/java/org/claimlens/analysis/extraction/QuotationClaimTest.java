package org.claimlens.analysis.extraction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** Quotations whose attribution is not in their own sentence: over paragraphs, after a colon, in transcripts. */
class QuotationClaimTest {

    @Test
    void aQuotationOverTwoParagraphsIsOneClaim() {
        DocumentAnalysis analysis = SharedAnalyzer.analyze("“The first part of the statement runs on without a "
                + "closing mark.\n\n“The second part ends it,” the spokesman said.");

        assertThat(SharedAnalyzer.attributedClaims(analysis)).singleElement().satisfies(claim -> {
            assertThat(claim.kind()).isEqualTo(ClaimKind.DIRECT_QUOTE);
            assertThat(claim.content().text()).startsWith("The first part").endsWith("The second part ends it");
            assertThat(claim.claimant().text()).isEqualTo("the spokesman");
        });
    }

    @Test
    void aColonIntroducesTheQuotationOfTheNextParagraph() {
        DocumentAnalysis analysis = SharedAnalyzer.analyze("The health minister wrote:\n\n“The clinics will open in "
                + "April and stay open all summer.”");

        assertThat(SharedAnalyzer.attributedClaims(analysis)).singleElement().satisfies(claim -> {
            assertThat(claim.content().text()).isEqualTo("The clinics will open in April and stay open all summer.");
            assertThat(claim.claimant().text()).isEqualTo("The health minister");
            assertThat(claim.cue().text()).isEqualTo("wrote");
        });
    }

    @Test
    void aQuestionEndsItsSentenceBeforeTheSpeakerIsNamed() {
        DocumentAnalysis analysis = SharedAnalyzer.analyze("“Who will pay for the new bridge over the river?” the "
                + "mayor asked.");

        assertThat(SharedAnalyzer.attributedClaims(analysis)).singleElement().satisfies(claim -> {
            assertThat(claim.content().text()).isEqualTo("Who will pay for the new bridge over the river?");
            assertThat(claim.claimant().text()).isEqualTo("the mayor");
        });
    }

    @Test
    void aTranscriptGivesEachTurnToItsSpeaker() {
        DocumentAnalysis analysis = SharedAnalyzer.analyze("WALLACE: Will the senator attend the debate tomorrow "
                + "night?\n\nNOVAK: She will not attend the debate, and she has said so all week.");

        assertThat(SharedAnalyzer.attributedClaims(analysis)).extracting(claim -> claim.claimant().text(), claim -> claim.cue().text())
                .containsExactly(tuple("WALLACE", ":"), tuple("NOVAK", ":"));
        assertThat(analysis.claims().get(1).content().text())
                .isEqualTo("She will not attend the debate, and she has said so all week");
    }
}
