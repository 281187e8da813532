package org.claimlens.analysis.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** When two stored texts count as near-duplicates, under {@code claimlens.duplicates}. */
@ConfigMapping(prefix = "claimlens.duplicates")
public interface DuplicatesConfig {

    /** Least estimated Jaccard similarity of word 5-shingles for a near-duplicate link. */
    @WithDefault("0.7")
    double nearThreshold();
}
