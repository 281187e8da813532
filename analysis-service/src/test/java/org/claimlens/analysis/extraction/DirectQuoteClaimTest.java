package org.claimlens.analysis.extraction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class DirectQuoteClaimTest {

    @Test
    void speakerNamedAfterTheQuotation() {
        DocumentAnalysis analysis = SharedAnalyzer.analyze("“The border will stay closed until the talks resume,” "
                + "said Senator Lindsey Graham, a Republican from South Carolina.");

        assertThat(SharedAnalyzer.attributedClaims(analysis)).singleElement().satisfies(claim -> {
            assertThat(claim.kind()).isEqualTo(ClaimKind.DIRECT_QUOTE);
            assertThat(claim.content().text()).isEqualTo("The border will stay closed until the talks resume");
            assertThat(claim.content().start()).isEqualTo(1);
            assertThat(claim.claimant().text()).isEqualTo("Senator Lindsey Graham");
            assertThat(claim.claimantEntityKey()).isEqualTo("PERSON:lindsey graham");
            assertThat(claim.cue().text()).isEqualTo("said");
            assertThat(claim.sentenceIndex()).isZero();
        });
    }

    @Test
    void speakerNamedBeforeTheQuotation() {
        DocumentAnalysis analysis = SharedAnalyzer.analyze("The storm cut the town off for a week. Maria Lopez, the "
                + "mayor of the town, said: “We have no water and no power left in the hospital.”");

        assertThat(SharedAnalyzer.attributedClaims(analysis)).singleElement().satisfies(claim -> {
            assertThat(claim.kind()).isEqualTo(ClaimKind.DIRECT_QUOTE);
            assertThat(claim.content().text()).isEqualTo("We have no water and no power left in the hospital.");
            assertThat(claim.claimant().text()).isEqualTo("Maria Lopez");
            assertThat(claim.claimantEntityKey()).isEqualTo("PERSON:maria lopez");
            assertThat(claim.cue().text()).isEqualTo("said");
            assertThat(claim.sentenceIndex()).isEqualTo(1);
        });
    }

    @Test
    void aPronounSpeakerIsThePersonNamedBefore() {
        DocumentAnalysis analysis = SharedAnalyzer.analyze("Russell Travers spoke to senators on Tuesday. “The group "
                + "remains an adaptive and dangerous adversary,” he said.");

        assertThat(SharedAnalyzer.attributedClaims(analysis)).singleElement().satisfies(claim -> {
            assertThat(claim.claimant().text()).isEqualTo("he");
            assertThat(claim.claimantEntityKey()).isEqualTo("PERSON:russell travers");
        });
    }

    @Test
    void scareQuotesAreNotClaims() {
        DocumentAnalysis analysis = SharedAnalyzer.analyze("Obama thought the group could be “managed” while the "
                + "“gas” attack in Ghouta was “allowed” to happen, in the view of the “official” story.");

        // what Obama thought is his belief; the words in marks are the writer's distance, not anyone's statement
        assertThat(SharedAnalyzer.attributedClaims(analysis)).noneMatch(claim -> claim.kind() == ClaimKind.DIRECT_QUOTE)
                .extracting(claim -> claim.content().text())
                .noneMatch(content -> content.matches("\\W*(managed|gas|allowed|official)\\W*"));
    }

    @Test
    void straightQuotesWorkToo() {
        DocumentAnalysis analysis = SharedAnalyzer.analyze("\"We expect the bridge to reopen in the spring,\" a "
                + "council spokesman said on Monday.");

        assertThat(SharedAnalyzer.attributedClaims(analysis)).singleElement().satisfies(claim -> {
            assertThat(claim.content().text()).isEqualTo("We expect the bridge to reopen in the spring");
            assertThat(claim.claimant().text()).isEqualTo("a council spokesman");
            assertThat(claim.claimantEntityKey()).isNull();
        });
    }

    @Test
    void aPartialQuotationInReportedSpeechIsTheReportersSpeakers() {
        DocumentAnalysis analysis = SharedAnalyzer.analyze("Clinton said the tweets were “unhinged, even for him.” "
                + "The crowd chanted for an hour.");

        // one claim: the reported clause with the words it quotes, not the quoted words on their own
        assertThat(SharedAnalyzer.attributedClaims(analysis)).singleElement().satisfies(claim -> {
            assertThat(claim.content().text()).isEqualTo("the tweets were “unhinged, even for him.”");
            assertThat(claim.claimant().text()).isEqualTo("Clinton");
            assertThat(claim.cue().text()).isEqualTo("said");
        });
    }

    @Test
    void aNameAfterADashSignsAQuotation() {
        DocumentAnalysis analysis = SharedAnalyzer.analyze("Readers sent us their views on the debate.\n"
                + "“He cannot even answer a question without scaring people first.” ― Maria Lopez\n"
                + "“The most unqualified candidate ever to run for president.” ― Carlos Ruiz");

        assertThat(SharedAnalyzer.attributedClaims(analysis))
                .extracting(claim -> claim.claimant().text(), claim -> claim.cue().text())
                .containsExactly(tuple("Maria Lopez", "―"), tuple("Carlos Ruiz", "―"));
    }
}
