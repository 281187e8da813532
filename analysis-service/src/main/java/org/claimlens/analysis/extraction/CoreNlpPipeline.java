package org.claimlens.analysis.extraction;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

import java.util.Map;
import java.util.Properties;

/**
 * The product's CoreNLP annotation: tokens, sentences, parts of speech, lemmas and statistical NER, which is all that
 * entities and claims read. Built once (about 5 s), then shared by all threads. Public so that evaluation and
 * training read exactly what the product reads.
 */
public final class CoreNlpPipeline {

    /** Version of the CoreNLP jar on the class path, read from its manifest. */
    static final String CORENLP_VERSION = versionOfCoreNlp();

    /** Everything the extractor reads; claims need no parse. */
    public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner";

    private final StanfordCoreNLP pipeline;

    public CoreNlpPipeline(Map<String, String> overrides) {
        Properties properties = CoreNlpSettings.forAnnotators(ANNOTATORS);
        properties.putAll(overrides);
        this.pipeline = new StanfordCoreNLP(properties);
    }

    public Annotation annotate(String text) {
        Annotation annotation = new Annotation(text);
        pipeline.annotate(annotation);
        return annotation;
    }

    /** The text annotated and read as the extractor reads it. */
    public ParsedDocument parse(String text) {
        return ParsedDocument.of(text, annotate(text));
    }

    private static String versionOfCoreNlp() {
        String version = StanfordCoreNLP.class.getPackage().getImplementationVersion();
        return version == null ? "unknown" : version;
    }
}
