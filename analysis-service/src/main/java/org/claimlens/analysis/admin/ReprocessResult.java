package org.claimlens.analysis.admin;

/**
 * Answer of {@code POST /admin/reprocess}: how many re-runs the broker holds, whether more documents matched than
 * the limit allowed (call again), and the extractor version the re-runs will record.
 */
public record ReprocessResult(int published, boolean more, String extractorVersion) {
}
