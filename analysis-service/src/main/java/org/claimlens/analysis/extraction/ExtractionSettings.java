package org.claimlens.analysis.extraction;

import java.util.Map;

/**
 * Limits and tuning of the extractor, plain values so the service can fill them from its own configuration.
 *
 * @param maxCharacters     longer texts are rejected with an {@link ExtractionException}
 * @param minQuoteTokens    quotations with fewer words are scare quotes, not claims
 * @param pipelineOverrides extra CoreNLP properties applied last, e.g. {@code ner.useSUTime}
 * @param claims            whether claims and descriptors are extracted; without them only the entity stage runs
 *                          and the entities come out the same
 */
public record ExtractionSettings(int maxCharacters, int minQuoteTokens, Map<String, String> pipelineOverrides,
                                 boolean claims) {

    public static final int DEFAULT_MAX_CHARACTERS = 200_000;
    public static final int DEFAULT_MIN_QUOTE_TOKENS = 4;

    public ExtractionSettings {
        if (maxCharacters <= 0 || minQuoteTokens <= 0) {
            throw new IllegalArgumentException("maxCharacters and minQuoteTokens must be positive");
        }
        pipelineOverrides = Map.copyOf(pipelineOverrides);
    }

    public ExtractionSettings(int maxCharacters, int minQuoteTokens, Map<String, String> pipelineOverrides) {
        this(maxCharacters, minQuoteTokens, pipelineOverrides, true);
    }

    public static ExtractionSettings defaults() {
        return new ExtractionSettings(DEFAULT_MAX_CHARACTERS, DEFAULT_MIN_QUOTE_TOKENS, Map.of());
    }

    /** Entities only, e.g. to evaluate named-entity recognition at the speed of the entity stage alone. */
    public static ExtractionSettings entitiesOnly() {
        return new ExtractionSettings(DEFAULT_MAX_CHARACTERS, DEFAULT_MIN_QUOTE_TOKENS, Map.of(), false);
    }
}
