package org.claimlens.analysis.extraction;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

import java.util.Map;
import java.util.Properties;

/** The one CoreNLP pipeline of the process: built once (about 5 s), then shared by all threads. */
final class CoreNlpPipeline {

    /** Version of the CoreNLP jar on the class path, read from its manifest. */
    static final String CORENLP_VERSION = versionOfCoreNlp();

    private final StanfordCoreNLP pipeline;

    CoreNlpPipeline(Map<String, String> overrides) {
        Properties properties = new Properties();
        properties.putAll(defaults());
        properties.putAll(overrides);
        this.pipeline = new StanfordCoreNLP(properties);
    }

    Annotation annotate(String text) {
        Annotation annotation = new Annotation(text);
        pipeline.annotate(annotation);
        return annotation;
    }

    private static Map<String, String> defaults() {
        return Map.of(
                "annotators", "tokenize,ssplit,pos,lemma,ner,depparse,emptycoref,serialquote",
                "customAnnotatorClass.emptycoref", EmptyCorefAnnotator.class.getName(),
                "customAnnotatorClass.serialquote", SerialQuoteAnnotator.class.getName(),
                // the statistical models alone: the regex gazetteers triple NER time for near-identical output
                "ner.statisticalOnly", "true",
                "ner.applyFineGrained", "false",
                // one newline is wrapping inside a paragraph; a blank line ends a sentence
                "ssplit.newlineIsSentenceBreak", "two",
                "quote.attribution.useCoref", "false",
                "tokenize.options", "untokenizable=noneKeep");
    }

    private static String versionOfCoreNlp() {
        String version = StanfordCoreNLP.class.getPackage().getImplementationVersion();
        return version == null ? "unknown" : version;
    }
}
