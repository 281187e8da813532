package org.claimlens.query.api;

import java.util.UUID;

/** Another document with almost the same text (another header or footer): estimated Jaccard similarity 0..1. */
public record NearDuplicate(UUID id, String title, String source, double similarity) {
}
