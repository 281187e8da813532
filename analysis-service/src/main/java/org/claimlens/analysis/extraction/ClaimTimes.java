package org.claimlens.analysis.extraction;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The time each claim refers to: a time expression in the claim's content first ("prices rose last month"), else one
 * in the rest of its sentence ("officials said on Wednesday that ..."), resolved against the publication date. A
 * separate step after extraction, so the claim finders stay unaware of dates.
 */
public final class ClaimTimes {

    private final RelativeDates dates = new RelativeDates();

    /** One entry per claim, in the claims' order; empty where a claim names no time. */
    public List<Optional<TimeReference>> resolve(Article article, List<Claim> claims) {
        String text = article.text();
        LocalDate reference = article.publishedAt() == null ? null
                : LocalDate.ofInstant(article.publishedAt(), ZoneOffset.UTC);
        List<Optional<TimeReference>> times = new ArrayList<>(claims.size());
        for (Claim claim : claims) {
            Span content = claim.content();
            Optional<TimeReference> time = dates.find(text, content.start(), content.end(), reference);
            if (time.isEmpty()) {
                int start = sentenceStart(text, edge(claim, false));
                time = dates.find(text, start, sentenceEnd(text, edge(claim, true)), reference);
            }
            times.add(time);
        }
        return times;
    }

    /** Where the claim's parts (content, claimant, cue) begin or, with {@code end}, finish. */
    private static int edge(Claim claim, boolean end) {
        int edge = end ? claim.content().end() : claim.content().start();
        for (Span part : new Span[] {claim.claimant(), claim.cue()}) {
            if (part != null) {
                edge = end ? Math.max(edge, part.end()) : Math.min(edge, part.start());
            }
        }
        return edge;
    }

    private static int sentenceStart(String text, int from) {
        int i = Math.min(from, text.length());
        while (i > 0 && text.charAt(i - 1) != '\n' && !(i > 1 && isStop(text.charAt(i - 2))
                && text.charAt(i - 1) == ' ')) {
            i--;
        }
        return i;
    }

    private static int sentenceEnd(String text, int from) {
        int i = Math.max(0, from);
        while (i < text.length() && text.charAt(i) != '\n' && !(isStop(text.charAt(i))
                && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1))))) {
            i++;
        }
        return i;
    }

    private static boolean isStop(char c) {
        return c == '.' || c == '!' || c == '?';
    }
}
