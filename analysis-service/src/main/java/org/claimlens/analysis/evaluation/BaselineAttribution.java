package org.claimlens.analysis.evaluation;

import edu.stanford.nlp.ling.CoreAnnotations.CharacterOffsetBeginAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations.CharacterOffsetEndAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations.QuotationsAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations.TokensAnnotation;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator.MentionBeginAnnotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator.MentionEndAnnotation;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import org.claimlens.analysis.extraction.CoreNlpPipeline;
import org.claimlens.analysis.extraction.CoreNlpSettings;

import java.util.List;
import java.util.Objects;
import java.util.Properties;

/**
 * Plain CoreNLP for comparison: every quotation its quote annotator finds is a claim, the mention its attribution
 * sieves chose the claimant. It has no cues and no reported speech. It runs its own pipeline: the product's
 * annotators with the product's options, plus the dependency parse and coreference output the quote annotator
 * demands and the product no longer computes.
 */
final class BaselineAttribution implements AttributionSystem {

    /** Marks and spaces trimmed from a quotation's ends, so its content is what the annotators mark. */
    private static final String TRIMMED = "\"'`\u201c\u201d\u2018\u2019 ,\n";

    private final StanfordCoreNLP pipeline;
    private final EmptyCorefAnnotator emptyCoref;
    private final SerialQuoteAnnotator quotes;

    BaselineAttribution() {
        Properties properties = CoreNlpSettings.forAnnotators(CoreNlpPipeline.ANNOTATORS + ",depparse");
        this.pipeline = new StanfordCoreNLP(properties);
        // built directly, not as CoreNLP "custom annotators": those are loaded by name through CoreNLP's own class
        // loader, which cannot see application classes when a container loads them separately
        this.emptyCoref = new EmptyCorefAnnotator();
        this.quotes = new SerialQuoteAnnotator(properties);
    }

    @Override
    public String name() {
        return "corenlp-quote";
    }

    @Override
    public List<AttributionRelation> find(String text) {
        Annotation annotation = new Annotation(text);
        pipeline.annotate(annotation);
        emptyCoref.annotate(annotation);
        quotes.annotate(annotation);
        List<CoreLabel> tokens = annotation.get(TokensAnnotation.class);
        return Objects.requireNonNullElse(annotation.get(QuotationsAnnotation.class), List.<CoreMap>of()).stream()
                .map(quote -> relation(text, tokens, quote))
                .toList();
    }

    private static AttributionRelation relation(String text, List<CoreLabel> tokens, CoreMap quote) {
        int start = quote.get(CharacterOffsetBeginAnnotation.class);
        int end = quote.get(CharacterOffsetEndAnnotation.class);
        while (start < end && TRIMMED.indexOf(text.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && TRIMMED.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        Integer mentionBegin = quote.get(MentionBeginAnnotation.class);
        Integer mentionEnd = quote.get(MentionEndAnnotation.class);
        List<CharSpan> speaker = mentionBegin == null || mentionEnd == null ? List.of()
                : List.of(new CharSpan(tokens.get(mentionBegin).beginPosition(), tokens.get(mentionEnd).endPosition()));
        return new AttributionRelation(List.of(new CharSpan(start, end)), speaker, List.of());
    }
}
