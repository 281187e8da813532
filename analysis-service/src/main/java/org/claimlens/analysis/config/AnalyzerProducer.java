package org.claimlens.analysis.config;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Map;
import org.claimlens.analysis.extraction.CoreNlpAnalyzer;
import org.claimlens.analysis.extraction.DocumentAnalyzer;
import org.claimlens.analysis.extraction.ExtractionSettings;

/** Builds the one extraction engine of this process from its configuration. */
public class AnalyzerProducer {

    /** Loaded at start-up so the first document is not slow and a broken model set fails the boot. */
    @Produces
    @Singleton
    @Startup
    DocumentAnalyzer analyzer(ExtractionConfig config) {
        return new CoreNlpAnalyzer(new ExtractionSettings(config.maxCharacters(), config.minQuoteTokens(), Map.of()));
    }
}
