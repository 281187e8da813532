package org.claimlens.analysis.evaluation;

import edu.stanford.nlp.coref.CorefCoreAnnotations.CorefChainAnnotation;
import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations.CanonicalEntityMentionIndexAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations.EntityMentionIndexAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations.MentionsAnnotation;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.CoreMap;

import java.util.HashMap;
import java.util.List;
import java.util.Set;

/**
 * A CoreNLP annotator that supplies an empty coreference result, each entity mention being its own canonical
 * mention. CoreNLP's quote attribution demands coreference output; real coreference costs several times the rest
 * of the pipeline and, on the two sample articles, gave the quotations the same speakers as this empty result.
 */
final class EmptyCorefAnnotator implements Annotator {

    @Override
    public void annotate(Annotation annotation) {
        annotation.set(CorefChainAnnotation.class, new HashMap<>());
        List<CoreMap> mentions = annotation.get(MentionsAnnotation.class);
        if (mentions != null) {
            for (CoreMap mention : mentions) {
                mention.set(CanonicalEntityMentionIndexAnnotation.class, mention.get(EntityMentionIndexAnnotation.class));
            }
        }
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return Set.of(CorefChainAnnotation.class, CanonicalEntityMentionIndexAnnotation.class);
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
        return Set.of(MentionsAnnotation.class);
    }
}
