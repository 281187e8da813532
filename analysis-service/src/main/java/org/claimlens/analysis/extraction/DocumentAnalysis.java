package org.claimlens.analysis.extraction;

import java.util.List;

/** Everything the extractor found in one article. */
public record DocumentAnalysis(String language, int tokenCount, int sentenceCount, List<Mention> mentions,
                               List<DocumentEntity> entities, List<Claim> claims, List<Descriptor> descriptors) {

    /** An analysis that found no descriptors. */
    public DocumentAnalysis(String language, int tokenCount, int sentenceCount, List<Mention> mentions,
                            List<DocumentEntity> entities, List<Claim> claims) {
        this(language, tokenCount, sentenceCount, mentions, entities, claims, List.of());
    }
}
