package org.claimlens.ingest.rest;

/** Where query-service will serve the accepted document and, once analysed, its entities and claims. */
public record DocumentLinks(String document, String entities, String claims) {

    static DocumentLinks of(String queryBaseUrl, String documentId) {
        String base = queryBaseUrl.endsWith("/") ? queryBaseUrl.substring(0, queryBaseUrl.length() - 1) : queryBaseUrl;
        String document = base + "/documents/" + documentId;
        return new DocumentLinks(document, document + "/entities", document + "/claims");
    }
}
