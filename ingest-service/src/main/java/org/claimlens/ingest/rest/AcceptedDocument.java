package org.claimlens.ingest.rest;

/**
 * Body of {@code 202 Accepted}: the broker holds the event, analysis will follow. {@code contentHash} lets clients
 * see that two submissions carry the same text and will be one document.
 */
public record AcceptedDocument(String id, String eventId, String contentHash, String status, DocumentLinks links) {

    static final String ACCEPTED = "ACCEPTED";
}
