package org.claimlens.analysis.extraction;

/**
 * The extraction engine behind one interface: article in, entities and claims out. Implementations are
 * thread-safe and hold their models for the life of the process.
 */
public interface DocumentAnalyzer {

    DocumentAnalysis analyze(Article article);

    /** Recorded on every result row so results of an older extractor can be found and reprocessed. */
    String version();
}
