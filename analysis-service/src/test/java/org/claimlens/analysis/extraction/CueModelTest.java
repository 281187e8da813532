package org.claimlens.analysis.extraction;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped cue and claimant models: what they were trained on, what they find, and their files' round trip. */
class CueModelTest {

    private static final String TEXT = "Dutch officials said on Monday that the bridge would reopen in May.";

    @Test
    void theShippedModelsSayWhatTheyWereTrainedOn() {
        assertThat(CueModel.shipped().classifier().provenance()).contains("trained on", "PolNeAR", "dev relations");
        assertThat(ClaimantModel.shipped().classifier().provenance()).contains("trained on", "PolNeAR");
    }

    @Test
    void theCueModelFindsTheSpeechVerbAndNotTheNouns() {
        CueContext context = new CueContext(SharedAnalyzer.parse(TEXT));

        List<Cue> cues = CueModel.shipped().find(context);

        assertThat(cues).extracting(cue -> context.document().tokenSpan(cue.first(), cue.end()).text())
                .containsExactly("said");
    }

    @Test
    void theClaimantModelChoosesTheSpeaker() {
        CueContext context = new CueContext(SharedAnalyzer.parse(TEXT));
        Cue said = CueModel.shipped().find(context).get(0);

        Claimant claimant = ClaimantModel.shipped().choose(context, said).orElseThrow();

        assertThat(context.document().tokenSpan(claimant.start(), claimant.end()).text()).isEqualTo("Dutch officials");
    }

    @Test
    void aWrittenModelScoresAsTheOriginal() throws Exception {
        CueModel shipped = CueModel.shipped();
        StringWriter text = new StringWriter();
        shipped.classifier().write(text);

        CueModel read = CueModel.read(new BufferedReader(new StringReader(text.toString())));

        CueContext context = new CueContext(SharedAnalyzer.parse(TEXT));
        for (int i = 0; i < context.document().tokens().size(); i++) {
            assertThat(read.score(context, i)).isEqualTo(shipped.score(context, i));
        }
        assertThat(read.classifier().threshold()).isEqualTo(shipped.classifier().threshold());
    }
}
