package org.claimlens.ingest.rest;

/** Body of {@code 202 Accepted}: the broker holds the event, analysis will follow. */
public record AcceptedDocument(String id, String eventId, String status, DocumentLinks links) {

    static final String ACCEPTED = "ACCEPTED";
}
