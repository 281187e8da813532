package org.claimlens.analysis.extraction;

import org.claimlens.analysis.checkworthiness.CheckWorthinessScorer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What every claim carries besides its attribution: the entities it is about and how worth checking it is. */
class ClaimDetailsTest {

    @Test
    void aClaimIsAboutTheEntitiesItsContentNamesButNotItsClaimant() {
        Claim claim = SharedAnalyzer.claimContaining(SharedAnalyzer.analyze("Senator Lindsey Graham said on Monday "
                + "that the Islamic State had regrouped in Syria while Graham was away."), "regrouped");

        assertThat(claim.claimantEntityKey()).isEqualTo("PERSON:lindsey graham");
        assertThat(claim.aboutEntityKeys()).containsExactly("ORGANIZATION:islamic state", "LOCATION:syria");
    }

    @Test
    void datesAndAmountsAreNotWhatAClaimIsAbout() {
        Claim claim = SharedAnalyzer.claimContaining(SharedAnalyzer.analyze("The Red Cross sent $3 million to Yemen "
                + "in March 2019."), "Red Cross");

        assertThat(claim.aboutEntityKeys()).containsExactly("ORGANIZATION:red cross", "LOCATION:yemen");
    }

    @Test
    void everyClaimIsScoredForCheckWorthinessByTheShippedModel() {
        DocumentAnalysis analysis = SharedAnalyzer.analyze("Unemployment rose to 12 percent last year, the highest "
                + "rate since 1983, officials said. I love the smell of rain.");
        CheckWorthinessScorer scorer = CheckWorthinessScorer.shipped();

        assertThat(analysis.claims()).hasSize(2).allSatisfy(claim -> {
            assertThat(claim.checkWorthiness().score()).isEqualTo(scorer.score(claim.content().text()));
            assertThat(claim.checkWorthiness().checkWorthy())
                    .isEqualTo(claim.checkWorthiness().score() >= scorer.threshold());
        });
        Claim statistic = SharedAnalyzer.claimContaining(analysis, "Unemployment");
        Claim feeling = SharedAnalyzer.claimContaining(analysis, "smell of rain");
        assertThat(statistic.checkWorthiness().checkWorthy()).isTrue();
        assertThat(feeling.checkWorthiness().checkWorthy()).isFalse();
    }

    @Test
    void everyClaimIsEnriched() {
        DocumentAnalysis analysis = SharedAnalyzer.analyze("“The border will stay closed,” said Senator Lindsey "
                + "Graham. Dutch officials said that they foiled an attack. The storm cut the town off for a week.");

        assertThat(analysis.claims()).hasSize(3).allSatisfy(claim -> {
            assertThat(claim.chain()).isNotEmpty();
            assertThat(claim.certainty()).isNotNull();
            assertThat(claim.checkWorthiness()).isNotNull();
        });
    }
}
