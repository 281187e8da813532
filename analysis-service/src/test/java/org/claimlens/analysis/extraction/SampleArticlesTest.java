package org.claimlens.analysis.extraction;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The two opinion articles the product was specified from, read from the shared folder when it is there. */
class SampleArticlesTest {

    private static final Path SAMPLES = Path.of("/work/shared/corpus/samples");

    @Test
    void isisSyriaStalls() throws IOException {
        DocumentAnalysis analysis = SharedAnalyzer.analyze(sample("isis-syria-stalls.txt"));

        assertThat(analysis.entities()).anySatisfy(entity -> {
            assertThat(entity.key()).isEqualTo("PERSON:russell travers");
            assertThat(entity.aliases()).contains("Travers");
        });
        assertThat(analysis.entities()).extracting(DocumentEntity::key)
                .contains("ORGANIZATION:syrian democratic forces");
        assertThat(analysis.claims()).anySatisfy(claim -> {
            assertThat(claim.kind()).isEqualTo(ClaimKind.DIRECT_QUOTE);
            assertThat(claim.content().text()).startsWith("Although ISIS’s safe haven");
            assertThat(claim.claimant().text()).contains("Russell Travers");
            assertThat(claim.claimantEntityKey()).isEqualTo("PERSON:russell travers");
            assertThat(claim.cue().text()).isEqualTo("told senators");
        });
        assertThat(analysis.claims()).anySatisfy(claim -> {
            assertThat(claim.kind()).isEqualTo(ClaimKind.INDIRECT);
            assertThat(claim.content().text()).startsWith("In Afghanistan, the Islamic State’s local branch");
            assertThat(claim.claimant().text()).isEqualTo("Mr Travers");
            assertThat(claim.claimantEntityKey()).isEqualTo("PERSON:russell travers");
        });
        assertThat(analysis.claims()).anySatisfy(claim -> {
            assertThat(claim.kind()).isEqualTo(ClaimKind.DIRECT_QUOTE);
            assertThat(claim.content().text()).startsWith("ISIS remains an adaptive and dangerous adversary");
            assertThat(claim.claimant().text()).isEqualTo("he");
            assertThat(claim.claimantEntityKey()).isEqualTo("PERSON:russell travers");
        });
        assertThat(SharedAnalyzer.attributedClaims(analysis)).noneSatisfy(claim ->
                assertThat(claim.claimant().text()).containsIgnoringCase("readers"));
    }

    @Test
    void isisAttackRealMission() throws IOException {
        DocumentAnalysis analysis = SharedAnalyzer.analyze(sample("isis-attack-real-mission.txt"));

        assertThat(analysis.claims()).filteredOn(claim -> "PERSON:lindsey graham".equals(claim.claimantEntityKey()))
                .extracting(claim -> claim.content().text(), claim -> claim.claimant().text())
                .contains(tuple("set in motion enthusiasm by the enemy we’re fighting", "Senator Lindsey Graham"),
                        tuple("I saw this in Iraq. And I’m now seeing it in Syria", "Mr. Graham"));
        // "managed" stands in what Obama thought, a claim of its own; the scare quote alone never is one
        assertThat(SharedAnalyzer.attributedClaims(analysis)).extracting(claim -> claim.content().text())
                .noneMatch(content -> content.matches("\\W*(managed|gas|official)\\W*")
                        || content.contains("emphasis added"));
        assertThat(SharedAnalyzer.attributedClaims(analysis)).extracting(Claim::claimant).doesNotContainNull()
                .noneMatch(claimant -> claimant.text().contains("emphasis"));
    }

    private static String sample(String name) throws IOException {
        Path file = SAMPLES.resolve(name);
        assumeTrue(Files.isRegularFile(file), () -> "sample article not available: " + file);
        return Files.readString(file);
    }
}
