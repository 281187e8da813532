package org.claimlens.analysis.evaluation;

import org.claimlens.analysis.extraction.Article;
import org.claimlens.analysis.extraction.Claim;
import org.claimlens.analysis.extraction.ClaimKind;
import org.claimlens.analysis.extraction.CoreNlpAnalyzer;
import org.claimlens.analysis.extraction.DocumentAnalyzer;
import org.claimlens.analysis.extraction.ExtractionSettings;
import org.claimlens.analysis.extraction.Span;

import java.util.List;

/**
 * The product's claims, through the same call the service makes. Claims in the author's own voice are left out:
 * PolNeAR annotates attributions to others only.
 */
public final class ProductAttribution implements AttributionSystem {

    private final DocumentAnalyzer analyzer;

    ProductAttribution() {
        this(new CoreNlpAnalyzer(ExtractionSettings.defaults()));
    }

    ProductAttribution(DocumentAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    @Override
    public String name() {
        return "claimlens";
    }

    @Override
    public List<AttributionRelation> find(String text) {
        return analyzer.analyze(Article.ofText(text)).claims().stream()
                .filter(claim -> claim.kind() != ClaimKind.AUTHOR)
                .map(ProductAttribution::relation)
                .toList();
    }

    /** A claim as the scorer reads it. */
    public static AttributionRelation relation(Claim claim) {
        return new AttributionRelation(spans(claim.content()), spans(claim.claimant()), spans(claim.cue()));
    }

    private static List<CharSpan> spans(Span span) {
        return span == null ? List.of() : List.of(new CharSpan(span.start(), span.end()));
    }
}
