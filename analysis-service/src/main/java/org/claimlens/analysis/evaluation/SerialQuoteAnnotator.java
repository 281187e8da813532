package org.claimlens.analysis.evaluation;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.QuoteAnnotator;

import java.util.Properties;
import java.util.Set;

/**
 * CoreNLP's quote annotator, one document at a time. Its speaker attribution keeps the current document's
 * characters in an instance field between steps, so two threads in it at once could mix up speakers; the other
 * annotators of the pipeline run concurrently.
 */
final class SerialQuoteAnnotator implements Annotator {

    private final QuoteAnnotator delegate;

    /** Options are read as {@code quote.*}. */
    SerialQuoteAnnotator(Properties properties) {
        this.delegate = new QuoteAnnotator("quote", properties);
    }

    @Override
    public synchronized void annotate(Annotation annotation) {
        delegate.annotate(annotation);
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return delegate.requirementsSatisfied();
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
        return delegate.requires();
    }
}
