package org.claimlens.analysis.extraction;

import edu.stanford.nlp.ling.CoreLabel;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Turns per-token NER labels into mentions: a run of adjacent tokens with one label in one sentence and line. */
final class MentionFinder {

    private static final Set<EntityType> VALUES = Set.of(EntityType.DATE, EntityType.MONEY, EntityType.PERCENT,
            EntityType.NUMBER);

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

    /**
     * The tagger sometimes runs a name on over a dash or bracket beside it ("-- Ann Lee"); no name starts or ends
     * so. A final full stop stays: it may end an abbreviation ("Salomon Bros.") that the tokenizer split off; so
     * does a closing bracket whose opening one is in the name ("Mladost (L)").
     */
    private static List<CoreLabel> withoutEdgePunctuation(List<CoreLabel> run) {
        int first = 0;
        int last = run.size();
        while (first < last && isPunctuation(run.get(first))) {
            first++;
        }
        while (last > first && isPunctuation(run.get(last - 1)) && !endsName(run.subList(first, last))) {
            last--;
        }
        return run.subList(first, last);
    }

    private static boolean endsName(List<CoreLabel> run) {
        String last = run.get(run.size() - 1).word();
        return last.equals(".") || last.equals(")") && run.stream().anyMatch(token -> token.word().equals("("));
    }

    private static boolean isPunctuation(CoreLabel token) {
        return token.word().chars().noneMatch(Character::isLetterOrDigit);
    }

    private static boolean continuesRun(ParsedDocument document, CoreLabel last, CoreLabel token) {
        return token.ner().equals(last.ner())
                && ParsedDocument.sentenceOf(token) == ParsedDocument.sentenceOf(last)
                && document.text().substring(last.endPosition(), token.beginPosition()).indexOf('\n') < 0;
    }

    private void emit(ParsedDocument document, List<CoreLabel> tagged, List<Mention> mentions) {
        if (tagged.isEmpty()) {
            return;
        }
        EntityType tagType = EntityTypes.ofLabel(tagged.get(0).ner()).orElseThrow();
        // amounts keep their signs: "$4.5 million"
        List<CoreLabel> run = VALUES.contains(tagType) ? tagged : withoutEdgePunctuation(tagged);
        if (run.isEmpty()) {
            return;
        }
        Span span = document.span(run);
        EntityType type = EntityTypes.refine(tagType, span.text());
        String following = document.text().substring(span.end(), Math.min(span.end() + 1, document.text().length()));
        if (filter.keep(span.text(), type, following)) {
            int sentence = ParsedDocument.sentenceOf(run.get(0));
            mentions.add(new Mention(span.start(), span.end(), span.text(), type, sentence, null));
        }
    }
}
