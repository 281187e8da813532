package org.claimlens.analysis.extraction;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

import java.util.Map;
import java.util.Properties;

/**
 * The product's CoreNLP annotation: built once (about 5 s), then shared by all threads. Public so evaluation
 * baselines read exactly what the product reads.
 */
public final class CoreNlpPipeline {

    /** Version of the CoreNLP jar on the class path, read from its manifest. */
    static final String CORENLP_VERSION = versionOfCoreNlp();

    /** What entities need; claims add the dependency parse and quote attribution. */
    static final String ENTITY_ANNOTATORS = "tokenize,ssplit,pos,lemma,ner";

    private final StanfordCoreNLP pipeline;
    private final EmptyCorefAnnotator emptyCoref;
    private final SerialQuoteAnnotator quotes;

    /** @param claims whether to parse and attribute quotations too; NER never depends on either */
    public CoreNlpPipeline(Map<String, String> overrides, boolean claims) {
        Properties properties = CoreNlpSettings.forAnnotators(
                claims ? ENTITY_ANNOTATORS + ",depparse" : ENTITY_ANNOTATORS);
        properties.putAll(overrides);
        this.pipeline = new StanfordCoreNLP(properties);
        // built directly, not as CoreNLP "custom annotators": those are loaded by name through CoreNLP's own class
        // loader, which cannot see application classes when a container (Quarkus) loads them separately
        this.emptyCoref = claims ? new EmptyCorefAnnotator("emptycoref", properties) : null;
        this.quotes = claims ? new SerialQuoteAnnotator("quote", properties) : null;
    }

    public Annotation annotate(String text) {
        Annotation annotation = new Annotation(text);
        pipeline.annotate(annotation);
        if (quotes != null) {
            emptyCoref.annotate(annotation);
            quotes.annotate(annotation);
        }
        return annotation;
    }

    private static String versionOfCoreNlp() {
        String version = StanfordCoreNLP.class.getPackage().getImplementationVersion();
        return version == null ? "unknown" : version;
    }
}
