package org.claimlens.analysis.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CheckWorthinessTsvCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @Test
    void endsWithOneJsonLineOfYesClassScores() throws Exception {
        int exit = new CheckWorthinessTsvCommand().run(List.of(sample()), new PrintStream(out, true,
                StandardCharsets.UTF_8));

        assertThat(exit).isZero();
        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertThat(lines[0]).contains("6 sentences, 2 Yes");
        JsonNode json = new ObjectMapper().readTree(lines[lines.length - 1]);
        assertThat(json.fieldNames()).toIterable().containsExactly("precision", "recall", "f1", "threshold", "n",
                "positives", "microseconds_per_sentence");
        assertThat(json.get("n").asInt()).isEqualTo(6);
        assertThat(json.get("positives").asInt()).isEqualTo(2);
        assertThat(json.get("f1").asDouble()).isBetween(0.0, 1.0);
    }

    @Test
    void wantsAReadableFileAndAtMostAModel() throws Exception {
        var command = new CheckWorthinessTsvCommand();
        PrintStream printer = new PrintStream(out, true, StandardCharsets.UTF_8);

        assertThatThrownBy(() -> command.run(List.of(), printer)).isInstanceOf(UsageException.class);
        assertThatThrownBy(() -> command.run(List.of("/no/such.tsv"), printer)).isInstanceOf(UsageException.class);
        assertThatThrownBy(() -> command.run(List.of(sample(), "--fast"), printer))
                .isInstanceOf(UsageException.class);
        assertThatThrownBy(() -> command.run(List.of(sample(), "--model", "/no/model.tsv"), printer))
                .isInstanceOf(UsageException.class);
    }

    private static String sample() throws Exception {
        return Path.of(CheckWorthinessTsvCommandTest.class.getResource("/checkworthiness/sample.tsv").toURI())
                .toString();
    }
}
