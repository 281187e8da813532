package org.claimlens.analysis.extraction;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CoreNlpAnalyzerTest {

    private static final String QUOTED = "“The border will stay closed until the talks resume,” said Senator Lindsey "
            + "Graham. Dutch officials said in late September that they foiled a large terrorist attack there.";
    private static final String REPORTED = "The program collects data from commando raids in Syria, according to "
            + "officials. “We will finish the job,” Mr. Graham told reporters in Washington.";

    @Test
    void versionNamesCoreNlpAndTheRules() {
        assertThat(SharedAnalyzer.get().version()).isEqualTo("corenlp-4.5.10+claimlens-" + CoreNlpAnalyzer.RULES_VERSION);
    }

    @Test
    void textInAnotherLanguageIsNotAnalysed() {
        String german = "Der Innenminister sagte am Dienstag in Berlin, dass die Grenze bis zum Ende der Gespräche "
                + "geschlossen bleibt. Angela Merkel war nicht anwesend.";

        DocumentAnalysis analysis = SharedAnalyzer.analyze(german);

        assertThat(analysis).isEqualTo(new DocumentAnalysis("de", 0, 0, List.of(), List.of(), List.of()));
    }

    @Test
    void tooLongTextIsRejectedWithItsReason() {
        String text = "a".repeat(ExtractionSettings.DEFAULT_MAX_CHARACTERS + 1);

        assertThatThrownBy(() -> SharedAnalyzer.get().analyze(Article.ofText(text)))
                .isInstanceOf(ExtractionException.class)
                .hasMessage("text has 200001 characters, more than the limit of 200000");
    }

    @Test
    void textWithoutWordsIsNotAnalysed() {
        assertThat(SharedAnalyzer.analyze("").language()).isEqualTo("und");
        assertThat(SharedAnalyzer.analyze(" \n\n ").mentions()).isEmpty();
    }

    @Test
    void threadsSharingTheAnalyzerGetWhatOneThreadGets() throws Exception {
        DocumentAnalysis quoted = SharedAnalyzer.analyze(QUOTED);
        DocumentAnalysis reported = SharedAnalyzer.analyze(REPORTED);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<DocumentAnalysis>> results = pool.invokeAll(List.of(
                    () -> SharedAnalyzer.analyze(QUOTED), () -> SharedAnalyzer.analyze(REPORTED),
                    () -> SharedAnalyzer.analyze(QUOTED), () -> SharedAnalyzer.analyze(REPORTED)));
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get()).isEqualTo(i % 2 == 0 ? quoted : reported);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(quoted.claims()).hasSize(2);
        assertThat(reported.claims()).hasSize(2);
    }
}
