package org.claimlens.query.api;

/** The formats of the claim export. */
public enum ExportFormat {
    JSONLD, CSV
}
