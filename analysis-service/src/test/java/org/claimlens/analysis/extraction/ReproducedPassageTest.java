package org.claimlens.analysis.extraction;

import org.claimlens.analysis.extraction.ChainLink.ChainRole;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** Passages an article reproduces from an outlet: where they begin and end, and whose claims they hold. */
class ReproducedPassageTest {

    private static final String BYLINE_PASSAGE = """
            The council approved the budget on Tuesday.

            Anna Berg — Washington Post Nov 6, 2018

            The river flooded three villages on Monday.

            “We lost everything in one night,” said Maria Lopez, a farmer.

            Continues …

            The mayor has promised new dams.
            """;

    @Test
    void aBylineOpensAPassageThatRunsToThePageFurniture() {
        DocumentAnalysis analysis = SharedAnalyzer.analyze(BYLINE_PASSAGE);

        assertThat(roles(SharedAnalyzer.claimContaining(analysis, "council approved")))
                .containsExactly(ChainRole.AUTHOR);
        assertThat(roles(SharedAnalyzer.claimContaining(analysis, "mayor has promised")))
                .containsExactly(ChainRole.AUTHOR);
        assertThat(roles(SharedAnalyzer.claimContaining(analysis, "We lost everything")))
                .containsExactly(ChainRole.AUTHOR, ChainRole.OUTLET, ChainRole.SPEAKER);
    }

    @Test
    void anUnattributedStatementInThePassageIsTheOutletsClaim() {
        Claim flood = SharedAnalyzer.claimContaining(SharedAnalyzer.analyze(BYLINE_PASSAGE), "river flooded");

        assertThat(flood.kind()).isEqualTo(ClaimKind.AUTHOR);
        assertThat(flood.claimant().text()).isEqualTo("Washington Post");
        assertThat(flood.claimantEntityKey()).isEqualTo("ORGANIZATION:washington post");
        assertThat(flood.chain()).extracting(ChainLink::role, ChainLink::name)
                .containsExactly(tuple(ChainRole.AUTHOR, "author"),
                        tuple(ChainRole.OUTLET, "Washington Post"));
    }

    @Test
    void theNextBylineStartsAnotherOutletsPassage() {
        DocumentAnalysis analysis = SharedAnalyzer.analyze("""
                Anna Berg — Washington Post Nov 6, 2018

                The river flooded three villages on Monday.

                By Carlos Ruiz, Chicago Tribune

                The governor closed the schools on Tuesday.
                """);

        assertThat(outletOf(SharedAnalyzer.claimContaining(analysis, "river flooded"))).isEqualTo("Washington Post");
        assertThat(outletOf(SharedAnalyzer.claimContaining(analysis, "closed the schools")))
                .isEqualTo("Chicago Tribune");
    }

    @Test
    void aParagraphHandingOverToTheNextOpensAPassageUntilTheAuthorSpeaksAgain() {
        DocumentAnalysis analysis = SharedAnalyzer.analyze("""
                The Washington Post put it like this:

                The dam was built in 1962 and has leaked for years.
                Engineers found cracks in the wall last spring.

                We think the paper is wrong about the dam.
                """);

        assertThat(outletOf(SharedAnalyzer.claimContaining(analysis, "built in 1962"))).isEqualTo("Washington Post");
        assertThat(outletOf(SharedAnalyzer.claimContaining(analysis, "found cracks"))).isEqualTo("Washington Post");
        assertThat(roles(SharedAnalyzer.claimContaining(analysis, "paper is wrong"))).containsExactly(ChainRole.AUTHOR);
    }

    @Test
    void aPassageIntroducedWithEmphasisAddedEndsWhereTheAuthorRefersToTheArticle() {
        DocumentAnalysis analysis = SharedAnalyzer.analyze("""
                The New York Times was quick to blame the mayor for the flood (emphasis added).

                The river flooded three villages on Monday.
                “We lost everything in one night,” said Maria Lopez, a farmer.

                The rest of the article, of course, defended the mayor's dams.
                """);

        assertThat(outletOf(SharedAnalyzer.claimContaining(analysis, "river flooded"))).isEqualTo("New York Times");
        assertThat(SharedAnalyzer.claimContaining(analysis, "We lost everything").chain())
                .extracting(ChainLink::name).containsExactly("author", "New York Times", "Maria Lopez");
        assertThat(roles(SharedAnalyzer.claimContaining(analysis, "rest of the article")))
                .containsExactly(ChainRole.AUTHOR);
        assertThat(roles(SharedAnalyzer.claimContaining(analysis, "quick to blame"))).containsExactly(ChainRole.AUTHOR);
    }

    @Test
    void aClaimantThatIsAnOutletIsTheOutletHop() {
        Claim claim = SharedAnalyzer.claimContaining(SharedAnalyzer.analyze("According to the New York Times, the "
                + "talks collapsed on Friday."), "talks collapsed");

        assertThat(claim.chain()).hasSize(2);
        ChainLink outlet = claim.chain().get(1);
        assertThat(outlet.role()).isEqualTo(ChainRole.OUTLET);
        assertThat(outlet.name()).isEqualTo("New York Times");
        assertThat(outlet.entityKey()).isEqualTo("ORGANIZATION:new york times");
        assertThat(outlet.cue().text()).isEqualTo("According to");
    }

    @Test
    void nestedReportedSpeechIsTheOuterSpeakersClaim() {
        DocumentAnalysis analysis = SharedAnalyzer.analyze("Mr. Travers said officials told him that the group was "
                + "regrouping in the desert.");

        // what the officials told him is known only through him: one claim, his, holding theirs
        assertThat(SharedAnalyzer.attributedClaims(analysis)).singleElement().satisfies(claim -> {
            assertThat(claim.content().text()).isEqualTo("officials told him that the group was regrouping in the "
                    + "desert");
            assertThat(claim.chain()).extracting(ChainLink::role, link -> link.span() == null ? null
                            : link.span().text(), link -> link.cue() == null ? null : link.cue().text())
                    .containsExactly(tuple(ChainRole.AUTHOR, null, null),
                            tuple(ChainRole.SPEAKER, "Mr. Travers", "said"));
        });
    }

    private static List<ChainRole> roles(Claim claim) {
        return claim.chain().stream().map(ChainLink::role).toList();
    }

    private static String outletOf(Claim claim) {
        assertThat(roles(claim)).containsExactly(ChainRole.AUTHOR, ChainRole.OUTLET);
        return claim.chain().get(1).name();
    }
}
