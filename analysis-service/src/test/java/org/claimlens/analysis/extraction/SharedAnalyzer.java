package org.claimlens.analysis.extraction;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One analyzer for every test class in the JVM: loading CoreNLP takes seconds and a gigabyte, so it happens once.
 * Every analysis it returns has been checked to quote the text exactly at each offset it reports, claim details
 * included.
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
        return analyze(Article.ofText(text));
    }

    static DocumentAnalysis analyze(Article article) {
        DocumentAnalysis analysis = get().analyze(article);
        assertOffsetsExact(article.text(), analysis);
        return analysis;
    }

    /** The one claim whose content holds the words. */
    static Claim claimContaining(DocumentAnalysis analysis, String words) {
        List<Claim> found = analysis.claims().stream().filter(claim -> claim.content().text().contains(words)).toList();
        assertThat(found).as("claims containing \"%s\" in %s", words, analysis.claims()).hasSize(1);
        return found.get(0);
    }

    /** The claims the finders attributed to someone, without the author's own. */
    static List<Claim> attributedClaims(DocumentAnalysis analysis) {
        return analysis.claims().stream().filter(claim -> claim.kind() != ClaimKind.AUTHOR).toList();
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
            assertSpan(text, claim.certainty() == null ? null : claim.certainty().cue());
            claim.quantities().forEach(quantity -> assertSpan(text, quantity.span()));
            claim.chain().forEach(link -> {
                assertSpan(text, link.span());
                assertSpan(text, link.cue());
            });
        }
    }

    private static void assertSpan(String text, Span span) {
        if (span != null) {
            assertThat(text.substring(span.start(), span.end())).as("span %s", span).isEqualTo(span.text());
        }
    }
}
