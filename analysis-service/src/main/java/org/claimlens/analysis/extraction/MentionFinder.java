package org.claimlens.analysis.extraction;

import edu.stanford.nlp.ling.CoreLabel;

import java.util.ArrayList;
import java.util.List;

/** Turns per-token NER labels into mentions: a run of adjacent tokens with one label in one sentence and line. */
final class MentionFinder {

    private final MentionFilter filter = new MentionFilter();

    /** Mentions in text order, without entity keys yet. */
    List<Mention> find(ParsedDocument document) {
        List<Mention> mentions = new ArrayList<>();
        List<CoreLabel> run = new ArrayList<>();
        for (CoreLabel token : document.tokens()) {
            if (!run.isEmpty() && !continuesRun(document, run.get(run.size() - 1), token)) {
                emit(document, run, mentions);
                run.clear();
            }
            if (EntityTypes.ofLabel(token.ner()).isPresent()) {
                run.add(token);
            }
        }
        emit(document, run, mentions);
        return mentions;
    }

    private static boolean continuesRun(ParsedDocument document, CoreLabel last, CoreLabel token) {
        return token.ner().equals(last.ner())
                && ParsedDocument.sentenceOf(token) == ParsedDocument.sentenceOf(last)
                && document.text().substring(last.endPosition(), token.beginPosition()).indexOf('\n') < 0;
    }

    private void emit(ParsedDocument document, List<CoreLabel> run, List<Mention> mentions) {
        if (run.isEmpty()) {
            return;
        }
        Span span = document.span(run);
        EntityType type = EntityTypes.refine(EntityTypes.ofLabel(run.get(0).ner()).orElseThrow(), span.text());
        String following = document.text().substring(span.end(), Math.min(span.end() + 1, document.text().length()));
        if (filter.keep(span.text(), type, following)) {
            int sentence = ParsedDocument.sentenceOf(run.get(0));
            mentions.add(new Mention(span.start(), span.end(), span.text(), type, sentence, null));
        }
    }
}
