package org.claimlens.analysis.evaluation;

import java.util.List;

/** Something that finds named entities in a text, reported in CoNLL's types. */
interface NerSystem {

    /** A named entity at characters {@code [start, end)} of the text, typed PER, ORG, LOC or MISC. */
    record Found(int start, int end, String type) {
    }

    String name();

    List<Found> find(String text);
}
