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
    private final EmptyCorefAnnotator emptyCoref;
    private final SerialQuoteAnnotator quotes;

    CoreNlpPipeline(Map<String, String> overrides) {
        Properties properties = new Properties();
        properties.putAll(defaults());
        properties.putAll(overrides);
        this.pipeline = new StanfordCoreNLP(properties);
        // built directly, not as CoreNLP "custom annotators": those are loaded by name through CoreNLP's own class
        // loader, which cannot see application classes when a container (Quarkus) loads them separately
        this.emptyCoref = new EmptyCorefAnnotator("emptycoref", properties);
        this.quotes = new SerialQuoteAnnotator("quote", properties);
    }

    Annotation annotate(String text) {
        Annotation annotation = new Annotation(text);
        pipeline.annotate(annotation);
        emptyCoref.annotate(annotation);
        quotes.annotate(annotation);
        return annotation;
    }

    private static Map<String, String> defaults() {
        return Map.of(
                "annotators", "tokenize,ssplit,pos,lemma,ner,depparse",
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
