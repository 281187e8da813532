package org.claimlens.analysis.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores found attributions against annotated ones in one text. A found claim matches an annotation when its
 * content covers at least half of the annotated content's words; each side is matched at most once, the pairs with
 * the most shared words first. For a matched pair the claimant is right when it overlaps the annotated source, or,
 * where the annotators marked no source, when the system names none either. Cues are scored over all claims, not
 * only matched ones: a cue is right when its claim is matched and the two cues overlap, so cue F1 also reflects
 * missed and spurious claims.
 */
final class AttributionScorer {

    /** Words as the matching rule counts them: runs of letters and digits, so punctuation never tips a match. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private AttributionScorer() {
    }

    /** A candidate pair: indexes into the found and the annotated lists and the words they share. */
    record Pair(int found, int gold, int sharedWords) {
    }

    static AttributionCounts score(String text, List<AttributionRelation> found, List<AttributionRelation> gold) {
        List<Integer> wordStarts = wordStarts(text);
        double matched = 0;
        double claimantRight = 0;
        double cuesRight = 0;
        for (Pair pair : match(wordStarts, found, gold)) {
            AttributionRelation predicted = found.get(pair.found());
            AttributionRelation annotated = gold.get(pair.gold());
            matched++;
            boolean claimant = annotated.hasSource()
                    ? CharSpan.overlaps(predicted.source(), annotated.source())
                    : !predicted.hasSource();
            claimantRight += claimant ? 1 : 0;
            cuesRight += CharSpan.overlaps(predicted.cue(), annotated.cue()) ? 1 : 0;
        }
        return new AttributionCounts(found.size(), gold.size(), matched, claimantRight,
                found.stream().filter(AttributionRelation::hasCue).count(),
                gold.stream().filter(AttributionRelation::hasCue).count(), cuesRight);
    }

    /** The one-to-one matching, greedy by shared words, ties to the earlier found claim. */
    static List<Pair> match(List<Integer> wordStarts, List<AttributionRelation> found,
                            List<AttributionRelation> gold) {
        List<Pair> candidates = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            List<Integer> goldWords = wordsIn(wordStarts, gold.get(g).content());
            for (int f = 0; f < found.size(); f++) {
                List<CharSpan> content = found.get(f).content();
                long shared = goldWords.stream().filter(start -> CharSpan.contains(content, start)).count();
                if (shared > 0 && shared * 2 >= goldWords.size()) {
                    candidates.add(new Pair(f, g, (int) shared));
                }
            }
        }
        candidates.sort(Comparator.comparingInt(Pair::sharedWords).reversed()
                .thenComparingInt(Pair::found).thenComparingInt(Pair::gold));
        boolean[] foundUsed = new boolean[found.size()];
        boolean[] goldUsed = new boolean[gold.size()];
        List<Pair> pairs = new ArrayList<>();
        for (Pair pair : candidates) {
            if (!foundUsed[pair.found()] && !goldUsed[pair.gold()]) {
                foundUsed[pair.found()] = true;
                goldUsed[pair.gold()] = true;
                pairs.add(pair);
            }
        }
        return pairs;
    }

    static List<Integer> wordStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            starts.add(matcher.start());
        }
        return starts;
    }

    private static List<Integer> wordsIn(List<Integer> wordStarts, List<CharSpan> spans) {
        return wordStarts.stream().filter(start -> CharSpan.contains(spans, start)).toList();
    }
}
