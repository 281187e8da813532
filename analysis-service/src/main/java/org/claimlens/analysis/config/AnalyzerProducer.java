package org.claimlens.analysis.config;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Map;
import org.claimlens.analysis.extraction.Article;
import org.claimlens.analysis.extraction.CoreNlpAnalyzer;
import org.claimlens.analysis.extraction.DocumentAnalyzer;
import org.claimlens.analysis.extraction.ExtractionSettings;

/** Builds the one extraction engine of this process from its configuration. */
public class AnalyzerProducer {

    private static final String WARM_UP = """
            The city council said on Monday that the new bridge would cost $40 million more than planned.
            "We will not cut corners on safety," Mayor Anna Berg told reporters in Riverton.
            """;

    /** Loaded at start-up so the first document is not slow and a broken model set fails the boot. */
    @Produces
    @Singleton
    @Startup
    DocumentAnalyzer analyzer(ExtractionConfig config) {
        var analyzer = new CoreNlpAnalyzer(new ExtractionSettings(config.maxCharacters(), config.minQuoteTokens(),
                Map.of()));
        // the first document through a fresh pipeline takes seconds of JIT warm-up: pay it before readiness
        analyzer.analyze(Article.ofText(WARM_UP));
        return analyzer;
    }
}
