package org.claimlens.analysis.processing;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import org.claimlens.analysis.extraction.Article;
import org.claimlens.analysis.extraction.ClaimTimes;
import org.claimlens.analysis.extraction.DocumentAnalysis;
import org.claimlens.analysis.extraction.DocumentAnalyzer;
import org.claimlens.analysis.persistence.AnalysisWriter;
import org.claimlens.contract.DocumentIngested;
import org.jboss.logging.Logger;

/**
 * Turns one {@link DocumentIngested} event into stored results. Extraction runs outside any transaction
 * (it is the slow part); the write that follows is one short transaction guarded by the event id. A text that is
 * already stored and current is not analysed again: the submission only becomes another source of it. After
 * extraction, the time each claim refers to is resolved against the publication date.
 */
@ApplicationScoped
public class DocumentProcessor {

    private static final Logger LOG = Logger.getLogger(DocumentProcessor.class);
    static final String ENGLISH = "en";

    private final DocumentAnalyzer analyzer;
    private final AnalysisWriter writer;
    private final MeterRegistry registry;
    private final Timer extractionTimer;
    private final ClaimTimes claimTimes = new ClaimTimes();

    public DocumentProcessor(DocumentAnalyzer analyzer, AnalysisWriter writer, MeterRegistry registry) {
        this.analyzer = analyzer;
        this.writer = writer;
        this.registry = registry;
        this.extractionTimer = Timer.builder("claimlens.extraction.duration")
                .description("Time to extract entities and claims from one document")
                .publishPercentileHistogram()
                .register(registry);
    }

    public ProcessingOutcome process(DocumentIngested event) {
        ProcessingOutcome outcome = handle(event);
        registry.counter("claimlens.documents.processed", "outcome", outcome.name()).increment();
        LOG.infof("document %s event %s: %s", event.documentId(), event.eventId(), outcome);
        return outcome;
    }

    private ProcessingOutcome handle(DocumentIngested event) {
        String version = analyzer.version();
        if (writer.isProcessed(event.eventId())) {
            return ProcessingOutcome.DUPLICATE_EVENT;
        }
        if (writer.isCurrent(event, version)) {
            switch (writer.writeUnchanged(event)) {
                case KNOWN_SOURCE:
                    return ProcessingOutcome.UNCHANGED;
                case NEW_SOURCE:
                    return ProcessingOutcome.DUPLICATE_CONTENT;
                case ALREADY_PROCESSED:
                    return ProcessingOutcome.DUPLICATE_EVENT;
                case NOT_STORED:
                    break; // analysed below
            }
        }
        Article article = articleOf(event);
        DocumentAnalysis analysis = analyze(article, event, version);
        boolean written;
        ProcessingOutcome outcome;
        if (ENGLISH.equals(analysis.language())) {
            written = writer.writeAnalysed(event, analysis, claimTimes.resolve(article, analysis.claims()), version);
            outcome = ProcessingOutcome.ANALYSED;
        } else {
            String reason = "language '" + analysis.language() + "' is not supported; only English is analysed";
            written = writer.writeNotAnalysed(event, analysis.language(), reason, version);
            outcome = ProcessingOutcome.NOT_ANALYSED;
        }
        return written ? outcome : ProcessingOutcome.DUPLICATE_EVENT;
    }

    private static Article articleOf(DocumentIngested event) {
        return new Article(event.text(), event.title(), event.author(), event.source(), event.publishedAt());
    }

    private DocumentAnalysis analyze(Article article, DocumentIngested event, String version) {
        try {
            return extractionTimer.record(() -> analyzer.analyze(article));
        } catch (RuntimeException e) {
            String reason = "extraction failed: " + describe(e);
            registry.counter("claimlens.documents.failed").increment();
            writer.writeFailed(event, reason, version);
            throw new AnalysisFailedException(reason, e);
        }
    }

    private static String describe(RuntimeException e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
