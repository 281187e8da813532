package org.claimlens.loader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LoadOptionsTest {

    @Test
    void readsOptionsAndInputsInAnyOrder() {
        LoadOptions options = LoadOptions.parse(new String[] {"a", "--concurrency", "8", "--url",
                "http://localhost:18301/", "b.txt", "--id", "content", "--source", "BBC", "--batch", "50"},
                "http://default", " secret-key ");

        assertThat(options.inputs()).containsExactly(Path.of("a"), Path.of("b.txt"));
        assertThat(options.ingestUrl()).hasToString("http://localhost:18301");
        assertThat(options.concurrency()).isEqualTo(8);
        assertThat(options.identity()).isEqualTo("content");
        assertThat(options.source()).isEqualTo("BBC");
        assertThat(options.batchLines()).isEqualTo(50);
        assertThat(options.apiKey()).isEqualTo("secret-key");
        assertThat(options.toString()).doesNotContain("secret-key");
    }

    @Test
    void defaultsAndClearErrors() {
        LoadOptions options = LoadOptions.parse(new String[] {"dir"}, "http://default:8081", "");
        assertThat(options.ingestUrl()).hasToString("http://default:8081");
        assertThat(options.concurrency()).isEqualTo(4);
        assertThat(options.identity()).isEqualTo("path");
        assertThat(options.apiKey()).isNull();

        assertThatThrownBy(() -> LoadOptions.parse(new String[] {}, "u", null)).hasMessageContaining("at least one");
        assertThatThrownBy(() -> LoadOptions.parse(new String[] {"d", "--concurrency", "x"}, "u", null))
                .hasMessageContaining("--concurrency needs a number");
        assertThatThrownBy(() -> LoadOptions.parse(new String[] {"d", "--id", "hash"}, "u", null))
                .hasMessageContaining("--id must be path or content");
        assertThatThrownBy(() -> LoadOptions.parse(new String[] {"d", "--fast"}, "u", null))
                .hasMessageContaining("unknown option --fast");
    }
}
