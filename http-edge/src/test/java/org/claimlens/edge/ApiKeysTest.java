package org.claimlens.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ApiKeysTest {

    // printf %s 'correct horse' | sha256sum
    private static final String DIGEST = "4104d36f8da2c254349f85836793ebe029e0c957063a34c91c2e9203187b5631";

    @Test
    void digestIsTheSha256HexOfTheUtf8Key() {
        assertThat(ApiKeys.sha256Hex("correct horse")).isEqualTo(DIGEST);
    }

    @Test
    void acceptsTheKeyWhoseDigestIsConfiguredAndNothingElse() {
        ApiKeys keys = ApiKeys.ofDigests(List.of(ApiKeys.sha256Hex("other"), DIGEST.toUpperCase()));

        assertThat(keys.match("correct horse")).contains(DIGEST.substring(0, 12));
        assertThat(keys.match("correct horse ")).isEmpty();
        assertThat(keys.match(DIGEST)).as("the digest itself is not a key").isEmpty();
        assertThat(keys.match("")).isEmpty();
    }

    @Test
    void noDigestsAcceptNoKey() {
        ApiKeys keys = ApiKeys.ofDigests(List.of(" "));

        assertThat(keys.isEmpty()).isTrue();
        assertThat(keys.match("anything")).isEmpty();
    }

    @Test
    void aPlainKeyInTheConfigurationIsRefusedAtStartWithoutBeingEchoed() {
        assertThatThrownBy(() -> ApiKeys.ofDigests(List.of(DIGEST, "my-secret-key")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("#2")
                .hasMessageNotContaining("my-secret-key");
    }
}
