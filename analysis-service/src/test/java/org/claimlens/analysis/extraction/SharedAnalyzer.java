package org.claimlens.analysis.extraction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One analyzer for every test class in the JVM: loading CoreNLP takes seconds and a gigabyte, so it happens once.
 * Every analysis it returns has been checked to quote the text exactly at each offset it reports.
 */
final class SharedAnalyzer {

    private SharedAnalyzer() {
    }

    private static final class Holder {
        static final CoreNlpAnalyzer INSTANCE = new CoreNlpAnalyzer(ExtractionSettings.defaults());
    }

    /** The text as the extractor reads it, for rules tested below the whole analysis. */
    static ParsedDocument parse(String text) {
        return get().parse(text);
    }

    static CoreNlpAnalyzer get() {
        return Holder.INSTANCE;
    }

    static DocumentAnalysis analyze(String text) {
        DocumentAnalysis analysis = get().analyze(Article.ofText(text));
        assertOffsetsExact(text, analysis);
        return analysis;
    }

    static void assertOffsetsExact(String text, DocumentAnalysis analysis) {
        for (Mention mention : analysis.mentions()) {
            assertThat(text.substring(mention.start(), mention.end())).as("mention %s", mention)
                    .isEqualTo(mention.text());
        }
        for (Claim claim : analysis.claims()) {
            assertSpan(text, claim.content());
            assertSpan(text, claim.claimant());
            assertSpan(text, claim.cue());
        }
    }

    private static void assertSpan(String text, Span span) {
        if (span != null) {
            assertThat(text.substring(span.start(), span.end())).as("span %s", span).isEqualTo(span.text());
        }
    }
}
