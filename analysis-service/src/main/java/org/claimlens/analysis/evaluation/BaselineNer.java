package org.claimlens.analysis.evaluation;

import edu.stanford.nlp.ling.CoreAnnotations.SentencesAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations.TokensAnnotation;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.claimlens.analysis.extraction.CoreNlpSettings;

/**
 * Plain CoreNLP for comparison: its statistical NER on the same text, each run of tokens with one label in a
 * sentence taken as an entity, with no rules of ours.
 */
final class BaselineNer implements NerSystem {

    private static final Map<String, String> CONLL_TYPES = Map.ofEntries(
            Map.entry("PERSON", "PER"),
            Map.entry("ORGANIZATION", "ORG"),
            Map.entry("LOCATION", "LOC"),
            Map.entry("COUNTRY", "LOC"),
            Map.entry("CITY", "LOC"),
            Map.entry("STATE_OR_PROVINCE", "LOC"),
            Map.entry("MISC", "MISC"),
            Map.entry("NATIONALITY", "MISC"),
            Map.entry("RELIGION", "MISC"),
            Map.entry("IDEOLOGY", "MISC"),
            Map.entry("TITLE", "MISC"),
            Map.entry("CAUSE_OF_DEATH", "MISC"),
            Map.entry("CRIMINAL_CHARGE", "MISC"));

    private final StanfordCoreNLP pipeline;

    BaselineNer() {
        // the product's tokenizer, sentence splitter and statistical NER, so both read the same tokens
        Properties properties = CoreNlpSettings.forAnnotators("tokenize,ssplit,pos,lemma,ner");
        this.pipeline = new StanfordCoreNLP(properties);
    }

    @Override
    public String name() {
        return "corenlp";
    }

    @Override
    public List<Found> find(String text) {
        Annotation annotation = new Annotation(text);
        pipeline.annotate(annotation);
        List<Found> found = new ArrayList<>();
        for (CoreMap sentence : annotation.get(SentencesAnnotation.class)) {
            List<CoreLabel> run = new ArrayList<>();
            for (CoreLabel token : sentence.get(TokensAnnotation.class)) {
                if (!run.isEmpty() && !token.ner().equals(run.get(0).ner())) {
                    emit(run, found);
                }
                run.add(token);
            }
            emit(run, found);
        }
        return found;
    }

    private static void emit(List<CoreLabel> run, List<Found> found) {
        String type = CONLL_TYPES.get(run.isEmpty() ? "" : run.get(0).ner());
        if (type != null) {
            found.add(new Found(run.get(0).beginPosition(), run.get(run.size() - 1).endPosition(), type));
        }
        run.clear();
    }
}
