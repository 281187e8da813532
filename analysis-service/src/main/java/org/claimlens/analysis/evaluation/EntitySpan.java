package org.claimlens.analysis.evaluation;

/** An entity as CoNLL scores it: tokens {@code [start, end)} of a document and a CoNLL type (PER, ORG, LOC, MISC). */
record EntitySpan(int start, int end, String type) {
}
