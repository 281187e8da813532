package org.claimlens.analysis.checkworthiness;

import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CheckThatTsvTest {

    static Path sample() throws URISyntaxException {
        return Path.of(CheckThatTsvTest.class.getResource("/checkworthiness/sample.tsv").toURI());
    }

    @Test
    void readsQuotedFieldsAndRecordsRunTogetherOnOneLine() throws Exception {
        List<LabelledSentence> sentences = CheckThatTsv.read(sample());

        assertThat(sentences).extracting(LabelledSentence::id).containsExactly("1", "2", "3", "4", "5", "6");
        assertThat(sentences.get(1).text()).isEqualTo("You know, I saw a movie - \"Crocodile Dundee.\"");
        assertThat(sentences.get(2).text()).isEqualTo("He said \"no\"\tand left.");
        assertThat(sentences.get(3)).isEqualTo(new LabelledSentence("4", "We have to invest and grow.", false));
        assertThat(sentences.get(4)).isEqualTo(new LabelledSentence("5", "You cannot bring back jobs.", false));
        assertThat(sentences).extracting(LabelledSentence::checkWorthy)
                .containsExactly(true, false, true, false, false, false);
    }

    @Test
    void acceptsWindowsLineEndsWithOrWithoutAFinalNewline() {
        LabelledSentence taxes = new LabelledSentence("7", "Taxes rose.", true);

        assertThat(CheckThatTsv.parse("Sentence_id\tText\tclass_label\r\n7\tTaxes rose.\tYes\r\n"))
                .containsExactly(taxes);
        assertThat(CheckThatTsv.parse("Sentence_id\tText\tclass_label\r\n7\tTaxes rose.\tYes"))
                .containsExactly(taxes);
    }

    @Test
    void rejectsAnotherHeaderOrAnUnknownLabel() {
        assertThatThrownBy(() -> CheckThatTsv.parse("id\ttext\tlabel\n1\tx\tYes\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("header");
        assertThatThrownBy(() -> CheckThatTsv.parse("Sentence_id\tText\tclass_label\n1\tx\tMaybe\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Maybe");
    }
}
