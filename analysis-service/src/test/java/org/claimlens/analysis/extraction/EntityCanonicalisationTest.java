package org.claimlens.analysis.extraction;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EntityCanonicalisationTest {

    @Test
    void titledNameSurnameAndMisterAreOnePerson() {
        DocumentAnalysis analysis = SharedAnalyzer.analyze("Senator Lindsey Graham arrived in Washington on Monday. "
                + "Graham met reporters at the Capitol. “We will finish the job in Syria,” Mr. Graham said.");

        assertThat(people(analysis)).singleElement().satisfies(graham -> {
            assertThat(graham.key()).isEqualTo("PERSON:lindsey graham");
            assertThat(graham.canonicalName()).isEqualTo("Lindsey Graham");
            assertThat(graham.aliases()).containsExactly("Lindsey Graham", "Graham");
        });
        assertThat(analysis.mentions()).filteredOn(m -> m.type() == EntityType.PERSON).hasSize(3)
                .extracting(Mention::entityKey).containsOnly("PERSON:lindsey graham");
    }

    @Test
    void twoPeopleSharingASurnameKeepTheSurnameApart() {
        DocumentAnalysis analysis = SharedAnalyzer.analyze("John Smith and Mary Smith run the only bakery in Leeds. "
                + "Smith said the bakery would stay open through the winter.");

        assertThat(people(analysis)).extracting(DocumentEntity::key)
                .containsExactly("PERSON:john smith", "PERSON:mary smith", "PERSON:smith");
    }

    @Test
    void anAcronymDefinedInParenthesesJoinsItsLongForm() {
        DocumentAnalysis analysis = SharedAnalyzer.analyze("Fighters from the Syrian Democratic Forces (SDF) pushed "
                + "into the town on Friday. The SDF said it had lost four men in the attack.");

        assertThat(analysis.entities()).filteredOn(e -> e.type() == EntityType.ORGANIZATION).singleElement()
                .satisfies(sdf -> {
                    assertThat(sdf.key()).isEqualTo("ORGANIZATION:syrian democratic forces");
                    assertThat(sdf.aliases()).containsExactly("Syrian Democratic Forces", "SDF");
                });
        assertThat(analysis.mentions()).filteredOn(m -> m.text().equals("SDF")).hasSize(2)
                .extracting(Mention::entityKey).containsOnly("ORGANIZATION:syrian democratic forces");
    }

    @Test
    void dottedAndUndottedAcronymsAreOneOrganisation() {
        DocumentAnalysis analysis = SharedAnalyzer.analyze("The C.I.A. declined to comment on the report. A former "
                + "CIA officer said the agency had known about the plot for months.");

        assertThat(analysis.mentions()).extracting(Mention::text).containsExactly("C.I.A.", "CIA");
        assertThat(analysis.mentions()).extracting(Mention::entityKey).containsOnly(
                "ORGANIZATION:central intelligence agency");
    }

    @Test
    void anAcronymJoinsTheNameWhoseInitialsItTakes() {
        DocumentAnalysis analysis = SharedAnalyzer.analyze("Russell Travers leads the National Counterterrorism "
                + "Center in Virginia. The NCTC published its annual report in May.");

        assertThat(analysis.mentions()).filteredOn(m -> m.type() == EntityType.ORGANIZATION)
                .extracting(Mention::entityKey).containsExactly("ORGANIZATION:national counterterrorism center",
                        "ORGANIZATION:national counterterrorism center");
    }

    private static List<DocumentEntity> people(DocumentAnalysis analysis) {
        return analysis.entities().stream().filter(e -> e.type() == EntityType.PERSON).toList();
    }
}
