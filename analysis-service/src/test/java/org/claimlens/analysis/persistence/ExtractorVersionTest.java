package org.claimlens.analysis.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExtractorVersionTest {

    @Test
    void readsTheRecordedFormat() {
        assertThat(ExtractorVersion.parse("corenlp-4.5.10+claimlens-6")).contains(new ExtractorVersion("4.5.10", 6));
        assertThat(ExtractorVersion.parse(" corenlp-unknown+claimlens-12 ")).contains(new ExtractorVersion("", 12));
    }

    @Test
    void refusesAnythingElse() {
        assertThat(ExtractorVersion.parse("v6")).isEmpty();
        assertThat(ExtractorVersion.parse("corenlp-4.5.10")).isEmpty();
        assertThat(ExtractorVersion.parse("corenlp-4..5+claimlens-6")).isEmpty();
        assertThat(ExtractorVersion.parse("corenlp-4.5.10+claimlens-99999999999")).isEmpty();
        assertThat(ExtractorVersion.parse("corenlp-4.5.10+claimlens-6'; DROP TABLE document; --")).isEmpty();
        assertThat(ExtractorVersion.parse(null)).isEmpty();
    }
}
