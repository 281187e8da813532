package org.claimlens.analysis.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the extraction engine, under {@code claimlens.extraction}. */
@ConfigMapping(prefix = "claimlens.extraction")
public interface ExtractionConfig {

    /** Longer texts are refused (document FAILED) rather than risk a runaway parse. */
    @WithDefault("200000")
    int maxCharacters();

    /** Quotations with fewer words are scare quotes, not claims. */
    @WithDefault("4")
    int minQuoteTokens();
}
