package org.claimlens.analysis.extraction;

import org.claimlens.analysis.extraction.ChainLink.ChainRole;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class AuthorClaimTest {

    @Test
    void anUnattributedStatementIsTheAuthorsClaim() {
        DocumentAnalysis analysis = SharedAnalyzer.analyze("The council approved the new budget on Tuesday.");

        assertThat(analysis.claims()).singleElement().satisfies(claim -> {
            assertThat(claim.kind()).isEqualTo(ClaimKind.AUTHOR);
            assertThat(claim.content().text()).isEqualTo("The council approved the new budget on Tuesday");
            assertThat(claim.claimant()).isNull();
            assertThat(claim.cue()).isNull();
            assertThat(claim.chain()).extracting(ChainLink::role, ChainLink::name, ChainLink::span)
                    .containsExactly(tuple(ChainRole.AUTHOR, AttributionChains.IMPLICIT_AUTHOR, null));
        });
    }

    @Test
    void theAuthorIsTheBylineElseThePublisher() {
        String text = "The council approved the new budget on Tuesday.";

        assertThat(SharedAnalyzer.analyze(new Article(text, null, "Jane Roe", "Harbor Daily", null)).claims().get(0)
                .chain().get(0).name()).isEqualTo("Jane Roe");
        assertThat(SharedAnalyzer.analyze(new Article(text, null, " ", "Harbor Daily", null)).claims().get(0)
                .chain().get(0).name()).isEqualTo("Harbor Daily");
    }

    @Test
    void questionsHeadlinesAndTitlesAreNoClaims() {
        DocumentAnalysis analysis = SharedAnalyzer.analyze(new Article("Council Backs Budget After Long Debate.\n\n"
                + "Budget passes after a long night\n\n"
                + "Why did the vote take so long? The council approved the budget at midnight.",
                "Budget passes after a long night", null, null, null));

        assertThat(analysis.claims()).extracting(claim -> claim.content().text())
                .containsExactly("The council approved the budget at midnight");
    }

    @Test
    void listMarkersGoAndBulletsWithoutAVerbAreNoClaims() {
        DocumentAnalysis analysis = SharedAnalyzer.analyze("The plan has two parts:\n\n"
                + "  1. The city will build a new dam on the river.\n"
                + "  2. Lower taxes for every farmer.\n");

        assertThat(analysis.claims()).extracting(claim -> claim.content().text())
                .containsExactly("The city will build a new dam on the river");
    }

    @Test
    void fragmentsAndOrdersAreNoClaims() {
        DocumentAnalysis analysis = SharedAnalyzer.analyze("Because that is what they are. With civilians often "
                + "bearing the brunt of the fighting. Put that together with the reports from the border. Fighters "
                + "from the militia that is fighting the group, at the funeral of a man who was killed last month. "
                + "Even though the convoys drove by day they were never attacked.");

        assertThat(analysis.claims()).extracting(claim -> claim.content().text())
                .containsExactly("Even though the convoys drove by day they were never attacked");
    }

    @Test
    void theReaderFramingIsNoClaimButWhatFollowsThatIs() {
        DocumentAnalysis analysis = SharedAnalyzer.analyze("Readers will note that the army has been vague about "
                + "its losses. Readers will recall images of long convoys crossing the desert. Remember, the "
                + "governor also promised a new road.");

        assertThat(analysis.claims()).filteredOn(claim -> claim.kind() == ClaimKind.AUTHOR)
                .extracting(claim -> claim.content().text())
                .containsExactly("the army has been vague about its losses", "the governor also promised a new road");
    }

    @Test
    void editorialNoiseNeverBecomesAClaim() {
        DocumentAnalysis analysis = SharedAnalyzer.analyze("The paper rushed to keep the troops in the region "
                + "(emphasis added).\n\n"
                + "Officials said the troops would stay in the region (emphasis added).\n\n"
                + "The militia held a parade in the capital. Click to enlarge\n\n"
                + "Militia parade. Click to enlarge\n\n"
                + "The regime chooses its enemies carefully. Ed.\n\n"
                + "Continues …\n\n"
                + "The post Why the parade matters appeared first on The Harbor Review.\n\n"
                + "Comments are closed, but trackbacks and pingbacks are open.");

        assertThat(analysis.claims()).extracting(claim -> claim.content().text())
                .containsExactly("The paper rushed to keep the troops in the region",
                        "the troops would stay in the region", "The militia held a parade in the capital",
                        "The regime chooses its enemies carefully");
    }

    @Test
    void anAttributedSentenceIsNotAlsoTheAuthorsButTheClauseBeforeTheAttributionIs() {
        DocumentAnalysis analysis = SharedAnalyzer.analyze("Officials said the bridge would close in May. Four "
                + "soldiers were killed in the blast, hours after the minister declared that the war was over.");

        assertThat(analysis.claims()).extracting(Claim::kind, claim -> claim.content().text())
                .containsExactly(tuple(ClaimKind.INDIRECT, "the bridge would close in May"),
                        tuple(ClaimKind.AUTHOR, "Four soldiers were killed in the blast"),
                        tuple(ClaimKind.INDIRECT, "the war was over"));
    }

    @Test
    void quotedOrReportedSpeechNoFinderAttributedIsNotTheAuthors() {
        DocumentAnalysis analysis = SharedAnalyzer.analyze("The mayor also stressed the plans would be paid for by "
                + "taxpayers, not employers. The minister did not say that the talks had failed. The governor "
                + "declared a state of emergency. Ms Hewitt explained: \"We have already doubled the pay of new "
                + "mothers.\" The tax could fuel a black market in currency trading, the economist Ana Ruiz said.");

        assertThat(analysis.claims()).filteredOn(claim -> claim.kind() == ClaimKind.AUTHOR)
                .extracting(claim -> claim.content().text())
                .containsExactly("The governor declared a state of emergency");
    }
}
