package org.claimlens.analysis.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AttributionPolnearCommandTest {

    /** Finds the mayor's claim exactly as annotated, and nothing else. */
    private static final AttributionSystem MAYOR_ONLY = new AttributionSystem() {
        @Override
        public String name() {
            return "mayor-only";
        }

        @Override
        public List<AttributionRelation> find(String text) {
            return List.of(new AttributionRelation(List.of(new CharSpan(15, 49)), List.of(new CharSpan(0, 9)),
                    List.of(new CharSpan(10, 14))));
        }
    };

    @Test
    void endsWithOneJsonLineOfTheProductsScoresAndTheBaselines() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        var command = new AttributionPolnearCommand(() -> MAYOR_ONLY, () -> MAYOR_ONLY);

        int exit = command.run(List.of(BratAttributionsTest.split().toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(exit).isZero();
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        JsonNode summary = new ObjectMapper().readTree(lines.get(lines.size() - 1));
        assertThat(summary.get("precision").asDouble()).isEqualTo(1.0);
        assertThat(summary.get("recall").asDouble()).isEqualTo(0.5);
        assertThat(summary.get("claimant_accuracy").asDouble()).isEqualTo(1.0);
        assertThat(summary.get("baseline").get("f1").asDouble()).isEqualTo(summary.get("f1").asDouble());
        assertThat(summary.has("cue_f1")).isTrue();
    }

    @Test
    void wantsASplitFolderAndKnownOptions() throws Exception {
        var command = new AttributionPolnearCommand(() -> MAYOR_ONLY, () -> MAYOR_ONLY);
        String split = BratAttributionsTest.split().toString();
        PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

        assertThatThrownBy(() -> command.run(List.of(), out)).isInstanceOf(UsageException.class);
        assertThatThrownBy(() -> command.run(List.of("/no/such/dir"), out)).isInstanceOf(UsageException.class);
        assertThatThrownBy(() -> command.run(List.of(split, "--limit", "0"), out))
                .isInstanceOf(UsageException.class);
        assertThatThrownBy(() -> command.run(List.of(split, "--fast"), out)).isInstanceOf(UsageException.class);
    }
}
