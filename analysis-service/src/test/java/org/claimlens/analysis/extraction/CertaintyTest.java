package org.claimlens.analysis.extraction;

import org.claimlens.analysis.extraction.Certainty.Level;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class CertaintyTest {

    @Test
    void aPassiveEstimateHedgesTheAuthorsClaim() {
        Certainty certainty = certaintyOf("Air strikes are estimated to have killed more than 9,000 fighters.",
                "Air strikes");

        assertThat(certainty.level()).isEqualTo(Level.HEDGED);
        assertThat(certainty.cue().text()).isEqualTo("estimated");
        assertThat(certainty.score()).isBetween(0.3, 0.7);
    }

    @Test
    void modalsAdverbsAndAppearancesHedge() {
        DocumentAnalysis analysis = SharedAnalyzer.analyze("The bridge may collapse before the winter. The levee "
                + "will probably hold until March. The rebels appear to have withdrawn from the valley.");

        assertThat(analysis.claims())
                .extracting(claim -> claim.certainty().level(), claim -> claim.certainty().cue().text())
                .containsExactly(tuple(Level.HEDGED, "may"), tuple(Level.HEDGED, "probably"),
                        tuple(Level.HEDGED, "appear"));
    }

    @Test
    void thePossibilityExistsIsAHedgeAndASecondHedgeWeakensItFurther() {
        DocumentAnalysis analysis = SharedAnalyzer.analyze("The possibility exists that the fire was set on purpose. "
                + "The possibility exists that the fire could have been set on purpose.");

        Certainty once = analysis.claims().get(0).certainty();
        Certainty twice = analysis.claims().get(1).certainty();
        assertThat(once.level()).isEqualTo(Level.HEDGED);
        assertThat(once.cue().text()).isEqualTo("The possibility exists");
        assertThat(twice.score()).isLessThan(once.score());
    }

    @Test
    void theCueThatAttributesDecides() {
        DocumentAnalysis analysis = SharedAnalyzer.analyze("Officials claimed that the convoy carried weapons. "
                + "The ministry confirmed that the convoy carried weapons. Officials said that the convoy carried "
                + "weapons.");

        assertThat(analysis.claims()).extracting(claim -> claim.certainty().level())
                .containsExactly(Level.DISTANCED, Level.CERTAIN, Level.ASSERTED);
        assertThat(analysis.claims().get(0).certainty().cue().text()).isEqualTo("claimed");
        assertThat(analysis.claims().get(1).certainty().cue().text()).isEqualTo("confirmed");
        assertThat(analysis.claims().get(2).certainty().cue()).isNull();
        assertThat(analysis.claims().get(1).certainty().score())
                .isGreaterThan(analysis.claims().get(2).certainty().score());
        assertThat(analysis.claims().get(2).certainty().score())
                .isGreaterThan(analysis.claims().get(0).certainty().score());
    }

    @Test
    void distancingWordsInTheContent() {
        assertThat(certaintyOf("The so-called peace plan collapsed in March.", "peace plan").level())
                .isEqualTo(Level.DISTANCED);
        Certainty alleged = certaintyOf("The alleged bribes were paid through a bank in Cyprus.", "bribes");
        assertThat(alleged.level()).isEqualTo(Level.DISTANCED);
        assertThat(alleged.cue().text()).isEqualTo("alleged");
    }

    @Test
    void aNegatedFactiveLeavesTheClaimUnconfirmed() {
        Certainty certainty = certaintyOf("It has not been confirmed that the minister resigned.", "minister");

        assertThat(certainty.level()).isEqualTo(Level.HEDGED);
        assertThat(certainty.cue().text()).isEqualTo("not been confirmed");
    }

    @Test
    void factiveVerbsInTheContentMakeItCertainButAPurposeDoesNot() {
        assertThat(certaintyOf("The audit showed that the money had vanished.", "money had vanished").level())
                .isEqualTo(Level.CERTAIN);
        assertThat(certaintyOf("Satellite images have shown the damage to the dam.", "Satellite").level())
                .isEqualTo(Level.CERTAIN);
        assertThat(certaintyOf("An inquiry began work to confirm the cause of the fire.", "inquiry").level())
                .isEqualTo(Level.ASSERTED);
    }

    @Test
    void claimingResponsibilityIsNoDistance() {
        assertThat(certaintyOf("The rebels claimed responsibility for the attack on the depot.", "rebels").level())
                .isEqualTo(Level.ASSERTED);
    }

    @Test
    void relativeClausesAndAsidesDoNotQualifyTheClaim() {
        assertThat(certaintyOf("A bombing that was claimed by the group killed 19 people.", "bombing").level())
                .isEqualTo(Level.ASSERTED);
        assertThat(certaintyOf("The council (perhaps unwisely) approved the budget.", "council").level())
                .isEqualTo(Level.ASSERTED);
        assertThat(certaintyOf("A chip which combines two processors could make phones cheaper.", "chip").level())
                .isEqualTo(Level.HEDGED);
    }

    @Test
    void aPlainStatementIsAsserted() {
        Certainty certainty = certaintyOf("The council approved the budget on Tuesday.", "council");

        assertThat(certainty).isEqualTo(new Certainty(Level.ASSERTED, CertaintyCues.ASSERTED_SCORE, null));
    }

    private static Certainty certaintyOf(String text, String words) {
        return SharedAnalyzer.claimContaining(SharedAnalyzer.analyze(text), words).certainty();
    }
}
