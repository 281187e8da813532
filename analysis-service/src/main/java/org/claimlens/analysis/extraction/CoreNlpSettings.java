package org.claimlens.analysis.extraction;

import java.util.Properties;

/**
 * The CoreNLP options the product runs with, in one place, so that the evaluation baselines read exactly the
 * tokens and sentences the product reads.
 */
public final class CoreNlpSettings {

    private CoreNlpSettings() {
    }

    /** The product's options for the given annotator list. */
    public static Properties forAnnotators(String annotators) {
        Properties properties = new Properties();
        // the statistical models alone: the regex gazetteers triple NER time for near-identical output
        properties.setProperty("ner.statisticalOnly", "true");
        properties.setProperty("ner.applyFineGrained", "false");
        // one newline is wrapping inside a paragraph; a blank line ends a sentence
        properties.setProperty("ssplit.newlineIsSentenceBreak", "two");
        // full coreference would cost several times the rest; speakers come out the same without it
        properties.setProperty("quote.attribution.useCoref", "false");
        properties.setProperty("tokenize.options", "untokenizable=noneKeep");
        properties.setProperty("annotators", annotators);
        return properties;
    }
}
