package org.claimlens.analysis.extraction;

import org.claimlens.analysis.extraction.Certainty.Level;
import org.claimlens.analysis.extraction.ChainLink.ChainRole;
import org.claimlens.analysis.extraction.Quantity.Approximation;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The two opinion articles the claims issue was written from: chains, certainty, numbers and the author's voice. */
class SampleClaimEnrichmentTest {

    private static final Path SAMPLES = Path.of("/work/shared/corpus/samples");

    @Test
    void theNewYorkTimesPassageCarriesTheOfficialsClaims() throws IOException {
        DocumentAnalysis analysis = analyze("isis-syria-stalls.txt", "Global Research");

        Claim travers = SharedAnalyzer.claimContaining(analysis, "safe haven in Iraq and Syria");
        assertThat(travers.chain()).extracting(ChainLink::role, ChainLink::name, ChainLink::entityKey)
                .containsExactly(tuple(ChainRole.AUTHOR, "Global Research", null),
                        tuple(ChainRole.OUTLET, "New York Times", "ORGANIZATION:new york times"),
                        tuple(ChainRole.SPEAKER, "Russell Travers", "PERSON:russell travers"));
        assertThat(travers.quantities()).extracting(Quantity::approximation, Quantity::value, Quantity::unit)
                .containsExactly(tuple(Approximation.APPROXIMATE, 24.0, "branches"),
                        tuple(Approximation.RANGE, 100.0, "members"));
        Claim offensive = SharedAnalyzer.claimContaining(analysis, "military offensive has stalled");
        assertThat(offensive.kind()).isEqualTo(ClaimKind.AUTHOR);
        assertThat(offensive.claimantEntityKey()).isEqualTo("ORGANIZATION:new york times");
        assertThat(offensive.chain()).extracting(ChainLink::role).containsExactly(ChainRole.AUTHOR, ChainRole.OUTLET);
    }

    @Test
    void theAuthorsOwnEstimateIsHedgedAndCounted() throws IOException {
        Claim strikes = SharedAnalyzer.claimContaining(analyze("isis-syria-stalls.txt", "Global Research"),
                "Russian air strikes");

        assertThat(strikes.kind()).isEqualTo(ClaimKind.AUTHOR);
        assertThat(strikes.claimant()).isNull();
        assertThat(strikes.chain()).extracting(ChainLink::role, ChainLink::name)
                .containsExactly(tuple(ChainRole.AUTHOR, "Global Research"));
        assertThat(strikes.certainty().level()).isEqualTo(Level.HEDGED);
        assertThat(strikes.certainty().cue().text()).isEqualTo("estimated");
        assertThat(strikes.quantities()).extracting(Quantity::approximation, Quantity::value, Quantity::unit)
                .containsExactly(tuple(Approximation.MORE_THAN, 86_000.0, "militants"));
    }

    @Test
    void noiseAndTheReadersFramingAreNoClaims() throws IOException {
        DocumentAnalysis analysis = analyze("isis-syria-stalls.txt", "Global Research");

        assertThat(analysis.claims()).extracting(claim -> claim.content().text()).noneMatch(content ->
                content.contains("Readers") || content.contains("Click to enlarge") || content.contains("Continues")
                        || content.contains("Comments are closed") || content.endsWith("Ed")
                        || content.startsWith("Fight Against Last Vestige") || content.endsWith("?"));
        assertThat(SharedAnalyzer.claimContaining(analysis, "a little more vague").content().text())
                .startsWith("by contrast the U.S.");
    }

    @Test
    void grahamSpeaksThroughTheTimesPassageTheDuranReproduces() throws IOException {
        DocumentAnalysis analysis = analyze("isis-attack-real-mission.txt", "The Duran");

        assertThat(analysis.claims()).filteredOn(claim -> "PERSON:lindsey graham".equals(claim.claimantEntityKey()))
                .hasSize(2)
                .allSatisfy(claim -> assertThat(claim.chain()).extracting(ChainLink::role, ChainLink::name)
                        .containsExactly(tuple(ChainRole.AUTHOR, "The Duran"),
                                tuple(ChainRole.OUTLET, "New York Times"),
                                tuple(ChainRole.SPEAKER, "Lindsey Graham")));
        Claim killed = SharedAnalyzer.claimContaining(analysis, "Four Americans were among 19 people killed");
        assertThat(killed.claimantEntityKey()).isEqualTo("ORGANIZATION:new york times");
        Claim ownVoice = SharedAnalyzer.claimContaining(analysis, "lightning-fast");
        assertThat(ownVoice.chain()).extracting(ChainLink::role).containsExactly(ChainRole.AUTHOR);
        assertThat(ownVoice.content().text()).doesNotContain("emphasis");
        assertThat(SharedAnalyzer.claimContaining(analysis, "rest of the article").chain()).hasSize(1);
        assertThat(analysis.claims()).extracting(claim -> claim.content().text())
                .noneMatch(content -> content.contains("appeared first on") || content.contains("Comments are"));
    }

    @Test
    void theFalseFlagSpeculationIsHedged() throws IOException {
        Claim falseFlag = SharedAnalyzer.claimContaining(analyze("isis-attack-real-mission.txt", "The Duran"),
                "false flag");

        assertThat(falseFlag.kind()).isEqualTo(ClaimKind.AUTHOR);
        assertThat(falseFlag.certainty().level()).isEqualTo(Level.HEDGED);
        assertThat(falseFlag.certainty().cue().text()).isEqualTo("The possibility exists");
    }

    private static DocumentAnalysis analyze(String name, String source) throws IOException {
        Path file = SAMPLES.resolve(name);
        assumeTrue(Files.isRegularFile(file), () -> "sample article not available: " + file);
        return SharedAnalyzer.analyze(new Article(Files.readString(file), null, null, source, null));
    }
}
