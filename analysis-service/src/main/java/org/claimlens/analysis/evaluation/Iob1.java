package org.claimlens.analysis.evaluation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads entities from IOB1 tags as conlleval does: {@code I-X} continues an entity of type X or starts one,
 * {@code B-X} always starts one, {@code O} ends it; no entity runs across a sentence end.
 */
final class Iob1 {

    private Iob1() {
    }

    /** @param sentenceLengths tokens per sentence; {@code tags} holds one tag per token of all sentences in order */
    static Set<EntitySpan> spans(List<Integer> sentenceLengths, List<String> tags) {
        Set<EntitySpan> spans = new LinkedHashSet<>();
        int token = 0;
        for (int length : sentenceLengths) {
            int start = -1;
            String type = null;
            for (int end = token + length; token < end; token++) {
                String tag = tags.get(token);
                String tokenType = tag.equals("O") ? null : tag.substring(2);
                if (type != null && (tokenType == null || tag.startsWith("B-") || !tokenType.equals(type))) {
                    spans.add(new EntitySpan(start, token, type));
                    type = null;
                }
                if (tokenType != null && type == null) {
                    start = token;
                    type = tokenType;
                }
            }
            if (type != null) {
                spans.add(new EntitySpan(start, token, type));
            }
        }
        return spans;
    }
}
