package org.claimlens.analysis.checkworthiness;

/** One annotated sentence of a check-worthiness data set: its id, its text and whether annotators said "Yes". */
public record LabelledSentence(String id, String text, boolean checkWorthy) {
}
