package org.claimlens.analysis.evaluation;

import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BratAttributionsTest {

    static Path split() throws URISyntaxException {
        return Path.of(BratAttributionsTest.class.getResource("/evaluation/polnear").toURI());
    }

    @Test
    void readsSourcesCuesAndDiscontinuousContentsAndSkipsWrappedLines() throws Exception {
        Path split = split();
        String text = Files.readString(split.resolve("text/city_bridge.txt"));

        List<AttributionRelation> relations = BratAttributions.parse(
                Files.readString(split.resolve("attributions/city_bridge_annotatorA.ann")), text);

        assertThat(relations).hasSize(3);
        AttributionRelation first = relations.get(0);
        assertThat(covered(text, first.content())).containsExactly("that the bridge will reopen in May");
        assertThat(covered(text, first.source())).containsExactly("The mayor");
        assertThat(covered(text, first.cue())).containsExactly("said");
        AttributionRelation unsourced = relations.get(2);
        assertThat(unsourced.hasSource()).isFalse();
        assertThat(covered(text, unsourced.content())).containsExactly("Critics", "doubt the timetable");
        assertThat(covered(text, unsourced.cue())).containsExactly("it was reported");
    }

    @Test
    void countsOffsetsInCodePointsAsBratDoes() {
        String text = "\uD83D\uDE00 Ann said so.";

        List<AttributionRelation> relations = BratAttributions.parse(
                "T1\tSource 2 5\tAnn\nT2\tContent 11 13\tso\nE1\tAttribution:T3 Content:T2 Source:T1\n", text);

        assertThat(covered(text, relations.get(0).source())).containsExactly("Ann");
        assertThat(relations.get(0).hasCue()).isFalse();
    }

    @Test
    void readsEachAnnotatorOfAnArticle() throws Exception {
        List<PolnearArticle> articles = PolnearArticle.read(split(), Integer.MAX_VALUE);

        assertThat(articles).singleElement().satisfies(article -> {
            assertThat(article.name()).isEqualTo("city_bridge");
            assertThat(article.annotations()).extracting(List::size).containsExactly(3, 1);
        });
    }

    private static List<String> covered(String text, List<CharSpan> spans) {
        return spans.stream().map(span -> text.substring(span.start(), span.end())).toList();
    }
}
