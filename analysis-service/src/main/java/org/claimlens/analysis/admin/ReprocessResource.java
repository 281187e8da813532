package org.claimlens.analysis.admin;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.claimlens.analysis.extraction.DocumentAnalyzer;
import org.claimlens.analysis.messaging.ReprocessPublisher;
import org.claimlens.analysis.persistence.ReprocessCriteria;
import org.claimlens.analysis.persistence.ReprocessSelection;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * The operator's way to analyse stored documents again: one document, those analysed in a time range, or those
 * analysed by an extractor older than a given version. Each is re-run through the consumer like an ingested document,
 * its results replaced in one transaction, so a re-run never duplicates rows. Needs an API key.
 */
@Path("/admin/reprocess")
public class ReprocessResource {

    private static final Logger LOG = Logger.getLogger(ReprocessResource.class);
    /** Documents loaded and published per round, so a large re-run never holds every text in memory at once. */
    static final int CHUNK = 100;
    static final Duration PUBLISH_TIMEOUT = Duration.ofSeconds(30);

    private final ReprocessRequests requests;
    private final ReprocessSelection selection;
    private final ReprocessPublisher publisher;
    private final DocumentAnalyzer analyzer;

    public ReprocessResource(ReprocessRequests requests, ReprocessSelection selection, ReprocessPublisher publisher,
                             DocumentAnalyzer analyzer) {
        this.requests = requests;
        this.selection = selection;
        this.publisher = publisher;
        this.analyzer = analyzer;
    }

    /** 202 once the broker holds a re-run for every selected document; 404 when a named document is unknown. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response reprocess(String body) {
        ReprocessRequest request = requests.read(body);
        ReprocessCriteria criteria = requests.criteria(request);
        int limit = requests.limit(request);
        if (criteria.documentId() != null) {
            MDC.put("documentId", criteria.documentId().toString());
        }
        try {
            return Response.accepted(publish(criteria, limit)).build();
        } finally {
            MDC.remove("documentId");
        }
    }

    private ReprocessResult publish(ReprocessCriteria criteria, int limit) {
        List<UUID> selected = selection.select(criteria, limit + 1);
        if (selected.isEmpty() && criteria.documentId() != null) {
            throw new InvalidRequestException(404, "documentId", "document " + criteria.documentId() + " not found");
        }
        boolean more = selected.size() > limit;
        List<UUID> chosen = more ? selected.subList(0, limit) : selected;
        for (int start = 0; start < chosen.size(); start += CHUNK) {
            publisher.publish(selection.events(chosen.subList(start, Math.min(chosen.size(), start + CHUNK))),
                    PUBLISH_TIMEOUT);
        }
        LOG.infof("Published %d re-runs for %s%s", chosen.size(), criteria, more ? " (more match)" : "");
        return new ReprocessResult(chosen.size(), more, analyzer.version());
    }
}
