package org.claimlens.analysis.evaluation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class AttributionScorerTest {

    private static final String TEXT = "Ann said the plan will fail badly. Bob thinks it works.";

    @Test
    void contentMatchesWhenItCoversHalfTheAnnotatedWords() {
        AttributionRelation gold = relation(9, 33, 0, 3, 4, 8); // the plan will fail badly

        assertThat(score(relation(18, 33, 0, 3, 4, 8), gold).matched()).isEqualTo(1); // will fail badly: 3 of 5
        assertThat(score(relation(23, 33, 0, 3, 4, 8), gold).matched()).isZero(); // fail badly: 2 of 5
    }

    @Test
    void eachAnnotationIsMatchedOnceByTheClaimSharingMostWords() {
        AttributionRelation gold = relation(9, 33, 0, 3, 4, 8);
        AttributionRelation partial = relation(18, 33, -1, -1, -1, -1);
        AttributionRelation whole = relation(9, 33, 0, 3, 4, 8);

        AttributionCounts counts = AttributionScorer.score(TEXT, List.of(partial, whole), List.of(gold));

        assertThat(counts.matched()).isEqualTo(1);
        assertThat(counts.precision()).isEqualTo(0.5);
        assertThat(counts.claimantAccuracy()).isEqualTo(1.0); // the whole claim, with the right claimant, won
    }

    @Test
    void claimantIsRightWhenItOverlapsTheSourceOrBothHaveNone() {
        AttributionRelation gold = relation(9, 33, 0, 3, 4, 8);
        AttributionRelation unsourcedGold = relation(46, 54, -1, -1, 39, 45);

        assertThat(score(relation(9, 33, 35, 38, 4, 8), gold).claimantRight()).isZero();
        assertThat(score(relation(46, 54, -1, -1, 39, 45), unsourcedGold).claimantRight()).isEqualTo(1);
        assertThat(score(relation(46, 54, 35, 38, 39, 45), unsourcedGold).claimantRight()).isZero();
    }

    @Test
    void cueF1CountsCuesOfAllClaimsButCreditsOnlyMatchedOnes() {
        List<AttributionRelation> gold = List.of(relation(9, 33, 0, 3, 4, 8), relation(46, 54, 35, 38, 39, 45));
        List<AttributionRelation> found = List.of(relation(9, 33, 0, 3, 4, 8), relation(0, 8, 0, 3, 4, 8));

        AttributionCounts counts = AttributionScorer.score(TEXT, found, gold);

        assertThat(counts.cuesRight()).isEqualTo(1);
        assertThat(counts.cueF1()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void anArticleAnnotatedTwiceCountsAsTheAverageOfBoth() throws Exception {
        PolnearArticle article = PolnearArticle.read(BratAttributionsTest.split(), 1).get(0);
        AttributionRelation mayor = article.annotations().get(1).get(0);

        AttributionCounts counts = article.score(List.of(mayor));

        assertThat(counts.gold()).isEqualTo(2.0); // three relations in one file, one in the other
        assertThat(counts.matched()).isEqualTo(1.0);
        assertThat(counts.recall()).isEqualTo(0.5);
    }

    private static AttributionCounts score(AttributionRelation found, AttributionRelation gold) {
        return AttributionScorer.score(TEXT, List.of(found), List.of(gold));
    }

    /** Content, source and cue offsets; -1 for an absent part. */
    private static AttributionRelation relation(int content, int contentEnd, int source, int sourceEnd, int cue,
                                                int cueEnd) {
        return new AttributionRelation(List.of(new CharSpan(content, contentEnd)), part(source, sourceEnd),
                part(cue, cueEnd));
    }

    private static List<CharSpan> part(int start, int end) {
        return start < 0 ? List.of() : List.of(new CharSpan(start, end));
    }
}
