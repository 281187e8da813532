package org.claimlens.analysis.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EvaluateCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void unknownOrMissingSubcommandPrintsUsageAndExitsWithTwo() {
        assertThat(run("attribution-nonsense", "x")).isEqualTo(2);
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: evaluate", "ner-conll FILE");
    }

    @Test
    void nerConllWantsAReadableFileAndKnownOptions() throws Exception {
        assertThat(run("ner-conll")).isEqualTo(2);
        assertThat(run("ner-conll", "/no/such/file.conll")).isEqualTo(2);
        assertThat(run("ner-conll", ConllScoringTest.sample().toString(), "--fast")).isEqualTo(2);
    }

    @Test
    void nerConllEndsWithOneJsonLineOfScoresTimingsAndDocuments() throws Exception {
        var command = new NerConllCommand(ScriptedNer::fourOfSeven, settings -> ScriptedNer.fourOfSeven());
        PrintStream printer = new PrintStream(out, true, StandardCharsets.UTF_8);

        int exit = command.run(List.of(ConllScoringTest.sample().toString(), "--baseline"), printer);

        assertThat(exit).isZero();
        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertThat(lines.length).isGreaterThan(10);
        JsonNode json = new ObjectMapper().readTree(lines[lines.length - 1]);
        assertThat(json.fieldNames()).toIterable().containsExactly("micro", "per_type", "baseline",
                "tokens_per_second", "baseline_tokens_per_second", "documents");
        assertThat(json.get("micro").fieldNames()).toIterable().containsExactly("precision", "recall", "f1");
        assertThat(json.get("per_type").fieldNames()).toIterable().containsExactly("PER", "ORG", "LOC", "MISC");
        assertThat(json.get("baseline").fieldNames()).toIterable().containsExactly("micro", "per_type");
        assertThat(json.get("micro").get("f1").asDouble()).isEqualTo(0.5714);
        assertThat(json.get("per_type").get("LOC").get("recall").asDouble()).isEqualTo(1.0);
        assertThat(json.get("tokens_per_second").asDouble()).isPositive();
        assertThat(json.get("documents").asInt()).isEqualTo(1);
    }

    @Test
    void withoutBaselineTheJsonHasNoBaselineFields() throws Exception {
        var command = new NerConllCommand(ScriptedNer::fourOfSeven, settings -> ScriptedNer.fourOfSeven());

        command.run(List.of(ConllScoringTest.sample().toString()), new PrintStream(out, true, StandardCharsets.UTF_8));

        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        JsonNode json = new ObjectMapper().readTree(lines[lines.length - 1]);
        assertThat(json.fieldNames()).toIterable().containsExactly("micro", "per_type", "tokens_per_second",
                "documents");
    }

    private int run(String... args) {
        return EvaluateCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
