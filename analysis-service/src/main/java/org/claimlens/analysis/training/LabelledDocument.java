package org.claimlens.analysis.training;

import edu.stanford.nlp.ling.CoreLabel;
import org.claimlens.analysis.evaluation.AttributionRelation;
import org.claimlens.analysis.evaluation.CharSpan;
import org.claimlens.analysis.evaluation.PolnearArticle;
import org.claimlens.analysis.extraction.Cue;
import org.claimlens.analysis.extraction.CueContext;
import org.claimlens.analysis.extraction.ParsedDocument;

import java.util.ArrayList;
import java.util.List;

/**
 * An annotated article parsed as the product parses it: which tokens the annotators marked as cues, and each
 * annotated cue as the product's tokens with the source the annotators gave it.
 */
record LabelledDocument(PolnearArticle article, CueContext context, boolean[] cueTokens, List<GoldCue> cues) {

    /** An annotated cue: its first run of tokens in one sentence, and the annotated source (empty when none). */
    record GoldCue(Cue cue, List<CharSpan> source) {
    }

    static LabelledDocument of(PolnearArticle article, ParsedDocument document) {
        List<CoreLabel> tokens = document.tokens();
        boolean[] cue = new boolean[tokens.size()];
        List<GoldCue> cues = new ArrayList<>();
        for (List<AttributionRelation> annotation : article.annotations()) {
            for (AttributionRelation relation : annotation) {
                int first = -1;
                for (int i = 0; i < tokens.size(); i++) {
                    if (covers(relation.cue(), tokens.get(i))) {
                        cue[i] = true;
                        first = first < 0 ? i : first;
                    }
                }
                if (first >= 0) {
                    int end = first + 1;
                    while (end < tokens.size() && covers(relation.cue(), tokens.get(end))
                            && sentence(tokens.get(end)) == sentence(tokens.get(first))) {
                        end++;
                    }
                    cues.add(new GoldCue(new Cue(first, end), relation.source()));
                }
            }
        }
        return new LabelledDocument(article, new CueContext(document), cue, cues);
    }

    private static boolean covers(List<CharSpan> spans, CoreLabel token) {
        return CharSpan.overlaps(spans, List.of(new CharSpan(token.beginPosition(), token.endPosition())));
    }

    private static int sentence(CoreLabel token) {
        return token.get(edu.stanford.nlp.ling.CoreAnnotations.SentenceIndexAnnotation.class);
    }
}
