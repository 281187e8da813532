package org.claimlens.ingest.rest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.claimlens.ingest.domain.DocumentTooLargeException;
import org.claimlens.ingest.domain.InvalidDocumentException;
import org.jboss.logging.Logger;

/**
 * Ingests an NDJSON batch: every non-blank line is one {@link DocumentRequest}, handled on its own so that one bad
 * line does not stop the others. Valid lines are published concurrently.
 */
@ApplicationScoped
public class BatchIngestion {

    private static final Logger LOG = Logger.getLogger(BatchIngestion.class);

    private final DocumentIngestion ingestion;
    private final ObjectReader reader;
    private final IngestConfig config;
    private final IngestMetrics metrics;

    public BatchIngestion(DocumentIngestion ingestion, ObjectMapper mapper, IngestConfig config, IngestMetrics metrics) {
        this.ingestion = ingestion;
        this.reader = mapper.readerFor(DocumentRequest.class);
        this.config = config;
        this.metrics = metrics;
    }

    /** Emits one result per non-blank line, in input order, once every publication was acknowledged or failed. */
    public Uni<List<BatchLineResult>> ingest(String body) {
        List<Line> lines = nonBlankLines(body == null ? "" : body);
        if (lines.isEmpty()) {
            throw new BatchRejectedException(400, "The batch contains no documents; send one JSON object per line");
        }
        if (lines.size() > config.maxBatchLines()) {
            throw new BatchRejectedException(413, "The batch exceeds the limit of " + config.maxBatchLines() + " documents");
        }
        List<Uni<BatchLineResult>> results = lines.stream().map(this::ingest).toList();
        return Uni.join().all(results).andFailFast().invoke(this::logUnavailable);
    }

    private Uni<BatchLineResult> ingest(Line line) {
        try {
            DocumentRequest request = reader.readValue(line.json());
            return ingestion.ingest(DocumentRequest.submissionOf(request))
                    .map(event -> BatchLineResult.accepted(line.number(), event.documentId(), event.eventId(),
                            event.contentHash()))
                    .onFailure().recoverWithItem(failure -> failed(line, failure));
        } catch (JacksonException e) {
            metrics.rejected("malformed");
            return Uni.createFrom().item(failed(line, e));
        } catch (InvalidDocumentException | DocumentTooLargeException e) {
            return Uni.createFrom().item(failed(line, e));
        }
    }

    private static BatchLineResult failed(Line line, Throwable failure) {
        return BatchLineResult.failed(line.number(), DocumentFailures.describe(failure));
    }

    private void logUnavailable(List<BatchLineResult> results) {
        long unavailable = results.stream().filter(result -> result.status() == 503).count();
        if (unavailable > 0) {
            LOG.warnf("Kafka did not acknowledge %d of %d documents in a batch", unavailable, results.size());
        }
    }

    private static List<Line> nonBlankLines(String body) {
        String[] raw = body.split("\n", -1);
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < raw.length; i++) {
            if (!raw[i].isBlank()) {
                lines.add(new Line(i + 1, raw[i]));
            }
        }
        return lines;
    }

    private record Line(int number, String json) {
    }
}
