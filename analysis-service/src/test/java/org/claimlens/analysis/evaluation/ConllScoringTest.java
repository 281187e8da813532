package org.claimlens.analysis.evaluation;

import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ConllScoringTest {

    static Path sample() throws URISyntaxException {
        return Path.of(ConllScoringTest.class.getResource("/evaluation/three-sentences.conll").toURI());
    }

    @Test
    void readsDocumentsSentencesAndIob1Entities() throws Exception {
        List<ConllDocument> documents = ConllReader.read(sample());

        assertThat(documents).hasSize(1);
        ConllDocument document = documents.get(0);
        assertThat(document.tokenCount()).isEqualTo(20);
        assertThat(document.text().text()).isEqualTo("Anna Berg visited Riverton .\n"
                + "The Riverton Bridge Authority met Berg .\nOfficials told Berg Lund about Danish plans .");
        // "B-PER" splits the two adjacent people; "The" is outside the organisation
        assertThat(document.gold()).containsExactly(
                new EntitySpan(0, 2, "PER"), new EntitySpan(3, 4, "LOC"), new EntitySpan(6, 9, "ORG"),
                new EntitySpan(10, 11, "PER"), new EntitySpan(14, 15, "PER"), new EntitySpan(15, 16, "PER"),
                new EntitySpan(17, 18, "MISC"));
    }

    @Test
    void aCharacterSpanCoversEveryTokenItOverlaps() {
        TokenText text = new ConllDocument(List.of(List.of("New", "York"), List.of("Hi")),
                List.of(List.of("I-LOC", "I-LOC"), List.of("O"))).text();

        assertThat(text.tokens(0, 8)).hasValueSatisfying(span -> assertThat(span).containsExactly(0, 2));
        assertThat(text.tokens(1, 2)).hasValueSatisfying(span -> assertThat(span).containsExactly(0, 1));
        assertThat(text.tokens(2, 5)).hasValueSatisfying(span -> assertThat(span).containsExactly(0, 2));
        assertThat(text.tokens(9, 11)).hasValueSatisfying(span -> assertThat(span).containsExactly(2, 3));
        assertThat(text.tokens(3, 4)).isEmpty();
    }

    @Test
    void scoresExactSpanAndTypeMatchesLikeConlleval() throws Exception {
        NerRun run = NerConllCommand.evaluate(List.of(ScriptedNer.fourOfSeven()), ConllReader.read(sample())).get(0);

        NerScore.Counts all = run.score().micro();
        assertThat(all).isEqualTo(new NerScore.Counts(4, 7, 7));
        assertThat(all.f1()).isCloseTo(4.0 / 7, within(1e-9));
        NerScore.Counts people = run.score().of("PER");
        assertThat(people).isEqualTo(new NerScore.Counts(2, 3, 4));
        assertThat(people.precision()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(people.recall()).isCloseTo(0.5, within(1e-9));
        assertThat(people.f1()).isCloseTo(4.0 / 7, within(1e-9));
        assertThat(run.score().of("ORG")).isEqualTo(new NerScore.Counts(0, 2, 1));
        assertThat(run.score().of("ORG").f1()).isZero();
        assertThat(run.score().of("LOC").f1()).isEqualTo(1.0);
        assertThat(run.score().of("MISC").f1()).isEqualTo(1.0);
    }
}
