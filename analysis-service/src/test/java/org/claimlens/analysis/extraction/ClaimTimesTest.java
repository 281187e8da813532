package org.claimlens.analysis.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClaimTimesTest {

    private static final String TEXT = "Intro line.\n\"ISIS remains robust,\" Russell Travers told senators last month. "
            + "Officials said on Wednesday that prices rose last week. Nobody said anything.";

    @Test
    void contentFirstThenTheRestOfTheSentenceAndNothingBeyondIt() {
        Article article = new Article(TEXT, null, null, null, Instant.parse("2018-11-08T09:00:00Z"));
        Claim quote = claim("ISIS remains robust,", "Russell Travers", "told");
        Claim reported = claim("prices rose last week", "Officials", "said");
        Claim silent = new Claim(span("Nobody said anything."), ClaimKind.AUTHOR, null, null, null, 3);

        List<Optional<TimeReference>> times = new ClaimTimes().resolve(article, List.of(quote, reported, silent));

        assertThat(times.get(0)).get().satisfies(t -> {
            assertThat(t.expression().text()).isEqualTo("last month");
            assertThat(t.from()).isEqualTo(LocalDate.of(2018, 10, 1));
        });
        assertThat(times.get(1)).get().satisfies(t -> {
            assertThat(t.expression().text()).isEqualTo("last week");
            assertThat(t.from()).isEqualTo(LocalDate.of(2018, 10, 29));
        });
        assertThat(times.get(2)).isEmpty();
    }

    private static Claim claim(String content, String claimant, String cue) {
        return new Claim(span(content), ClaimKind.INDIRECT, span(claimant), null, span(cue), 1);
    }

    private static Span span(String text) {
        int start = TEXT.indexOf(text);
        return new Span(start, start + text.length(), text);
    }
}
