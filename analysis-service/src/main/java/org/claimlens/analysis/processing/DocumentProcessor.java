package org.claimlens.analysis.processing;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.claimlens.analysis.extraction.Article;
import org.claimlens.analysis.extraction.ClaimTimes;
import org.claimlens.analysis.extraction.DocumentAnalysis;
import org.claimlens.analysis.extraction.DocumentAnalyzer;
import org.claimlens.analysis.extraction.TimeReference;
import org.claimlens.analysis.persistence.AnalysisWriter;
import org.claimlens.analysis.persistence.ReprocessSelection;
import org.claimlens.contract.DocumentIngested;
import org.jboss.logging.Logger;

/**
 * Turns one {@link DocumentIngested} event into stored results. Extraction runs outside any transaction
 * (it is the slow part) and within a deadline; the write that follows is one short transaction guarded by the event
 * id. Every database call waits out transient outages ({@link DatabaseRetry}) instead of failing the document. A text
 * that is already stored and current is not analysed again: the submission only becomes another source of it. After
 * extraction, the time each claim refers to is resolved against the publication date.
 */
@ApplicationScoped
public class DocumentProcessor {

    private static final Logger LOG = Logger.getLogger(DocumentProcessor.class);
    static final String ENGLISH = "en";

    private final DocumentAnalyzer analyzer;
    private final BoundedExtraction extraction;
    private final AnalysisWriter writer;
    private final ReprocessSelection stored;
    private final DatabaseRetry database;
    private final MeterRegistry registry;
    private final Timer extractionTimer;
    private final Timer writeTimer;
    private final ClaimTimes claimTimes = new ClaimTimes();

    public DocumentProcessor(DocumentAnalyzer analyzer, BoundedExtraction extraction, AnalysisWriter writer,
                             ReprocessSelection stored, DatabaseRetry database, MeterRegistry registry) {
        this.analyzer = analyzer;
        this.extraction = extraction;
        this.writer = writer;
        this.stored = stored;
        this.database = database;
        this.registry = registry;
        this.extractionTimer = Timer.builder("claimlens.extraction.duration")
                .description("Time to extract entities and claims from one document")
                .publishPercentileHistogram()
                .register(registry);
        this.writeTimer = Timer.builder("claimlens.persistence.duration")
                .description("Time to write one document's results (one transaction)")
                .register(registry);
    }

    public ProcessingOutcome process(DocumentIngested event) {
        return process(event, null);
    }

    /**
     * @param reprocessOf set for an operator's re-run: the event its submission must still be at, so a re-run never
     *                    overwrites a newer version of the document; null for an ingested document
     */
    public ProcessingOutcome process(DocumentIngested event, String reprocessOf) {
        ProcessingOutcome outcome = handle(event, reprocessOf);
        registry.counter("claimlens.documents.processed", "outcome", outcome.name()).increment();
        LOG.infof("document %s event %s: %s", event.documentId(), event.eventId(), outcome);
        return outcome;
    }

    private ProcessingOutcome handle(DocumentIngested event, String reprocessOf) {
        String version = analyzer.version();
        if (database.call("checking the event id", () -> writer.isProcessed(event.eventId()))) {
            return ProcessingOutcome.DUPLICATE_EVENT;
        }
        if (reprocessOf != null) {
            if (!reprocessOf.equals(database.call("reading the submission's last event",
                    () -> stored.lastEventOfSubmission(event.documentId())))) {
                return ProcessingOutcome.SUPERSEDED;
            }
        } else if (database.call("comparing with the stored analysis", () -> writer.isCurrent(event, version))) {
            switch (database.call("filing the submission", () -> writer.writeUnchanged(event))) {
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
            List<Optional<TimeReference>> times = claimTimes.resolve(article, analysis.claims());
            written = writeTimer.record(() -> database.call("writing the analysis",
                    () -> writer.writeAnalysed(event, analysis, times, version)));
            outcome = ProcessingOutcome.ANALYSED;
        } else {
            String reason = "language '" + analysis.language() + "' is not supported; only English is analysed";
            written = database.call("writing the document",
                    () -> writer.writeNotAnalysed(event, analysis.language(), reason, version));
            outcome = ProcessingOutcome.NOT_ANALYSED;
        }
        return written ? outcome : ProcessingOutcome.DUPLICATE_EVENT;
    }

    private static Article articleOf(DocumentIngested event) {
        return new Article(event.text(), event.title(), event.author(), event.source(), event.publishedAt());
    }

    private DocumentAnalysis analyze(Article article, DocumentIngested event, String version) {
        try {
            return extractionTimer.record(() -> extraction.analyze(article));
        } catch (RuntimeException e) {
            String reason = "extraction failed: " + describe(e);
            registry.counter("claimlens.documents.failed").increment();
            database.call("marking the document failed", () -> writer.writeFailed(event, reason, version));
            throw new AnalysisFailedException(reason, e);
        }
    }

    private static String describe(RuntimeException e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
