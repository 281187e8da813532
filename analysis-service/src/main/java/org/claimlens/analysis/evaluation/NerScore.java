package org.claimlens.analysis.evaluation;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Entity-level scores as conlleval counts them: a predicted entity is right only when its tokens and its type
 * both equal those of a gold entity. Accumulates over documents.
 */
final class NerScore {

    static final List<String> TYPES = List.of("PER", "ORG", "LOC", "MISC");

    private final Map<String, Counts> byType = new TreeMap<>();

    NerScore() {
        TYPES.forEach(type -> byType.put(type, new Counts(0, 0, 0)));
    }

    void add(Set<EntitySpan> gold, Set<EntitySpan> predicted) {
        for (EntitySpan span : predicted) {
            byType.merge(span.type(), new Counts(gold.contains(span) ? 1 : 0, 1, 0), Counts::plus);
        }
        for (EntitySpan span : gold) {
            byType.merge(span.type(), new Counts(0, 0, 1), Counts::plus);
        }
    }

    Counts micro() {
        return byType.values().stream().reduce(new Counts(0, 0, 0), Counts::plus);
    }

    Counts of(String type) {
        return byType.getOrDefault(type, new Counts(0, 0, 0));
    }

    /** Matches, predicted and gold entities, and the precision, recall and F1 they give (0 when undefined). */
    record Counts(long correct, long predicted, long gold) {

        Counts plus(Counts other) {
            return new Counts(correct + other.correct, predicted + other.predicted, gold + other.gold);
        }

        double precision() {
            return predicted == 0 ? 0 : (double) correct / predicted;
        }

        double recall() {
            return gold == 0 ? 0 : (double) correct / gold;
        }

        double f1() {
            double sum = precision() + recall();
            return sum == 0 ? 0 : 2 * precision() * recall() / sum;
        }
    }
}
