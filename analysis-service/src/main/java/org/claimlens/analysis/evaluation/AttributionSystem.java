package org.claimlens.analysis.evaluation;

import java.util.List;

/** Something that finds attributed claims in a text: the product, or plain CoreNLP for comparison. */
interface AttributionSystem {

    String name();

    List<AttributionRelation> find(String text);
}
