package org.claimlens.query.api;

import java.util.List;

/** A canonical entity as it occurs in one document, with every mention of it there. */
public record DocumentEntity(long entityId, String name, String type, long mentionCount,
                             List<MentionSpan> mentions) {
}
