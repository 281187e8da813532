package org.claimlens.analysis.admin;

/**
 * Body of {@code POST /admin/reprocess}: exactly one of {@code documentId}, a time range ({@code from} and/or
 * {@code to}, bounding when documents were last analysed) or {@code olderThanVersion}; optionally a {@code status}
 * and a {@code limit}. Fields are strings so that their rules, not Jackson, word the errors.
 */
public record ReprocessRequest(String documentId, String from, String to, String olderThanVersion, String status,
                               Integer limit) {
}
