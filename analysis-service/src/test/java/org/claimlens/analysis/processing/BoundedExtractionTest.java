package org.claimlens.analysis.processing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.claimlens.analysis.extraction.Article;
import org.claimlens.analysis.extraction.DocumentAnalysis;
import org.claimlens.analysis.extraction.DocumentAnalyzer;
import org.claimlens.analysis.extraction.ExtractionException;
import org.jboss.logging.MDC;
import org.junit.jupiter.api.Test;

/** The deadline around extraction, with stand-in extractors that finish, hang, ignore interrupts or crash. */
class BoundedExtractionTest {

    private static final DocumentAnalysis EMPTY = new DocumentAnalysis("en", 0, 0, List.of(), List.of(), List.of());

    @Test
    void returnsTheAnalysisOnTheCallersBehalfWithItsMdc() {
        AtomicReference<Object> seenDocumentId = new AtomicReference<>();
        BoundedExtraction bounded = bounded(Duration.ofSeconds(5), article -> {
            seenDocumentId.set(MDC.get("documentId"));
            return EMPTY;
        });
        MDC.put("documentId", "doc-42");
        try {
            assertThat(bounded.analyze(Article.ofText("text"))).isSameAs(EMPTY);
        } finally {
            MDC.remove("documentId");
        }
        assertThat(seenDocumentId.get()).isEqualTo("doc-42");
    }

    @Test
    void stopsAnExtractionAtItsDeadlineByInterruptingIt() {
        CountDownLatch interrupted = new CountDownLatch(1);
        BoundedExtraction bounded = bounded(Duration.ofMillis(200), article -> {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
            return EMPTY;
        });
        long start = System.nanoTime();

        assertThatThrownBy(() -> bounded.analyze(Article.ofText("text")))
                .isInstanceOf(ExtractionAbortedException.class)
                .hasMessage("extraction took longer than 200 ms and was stopped");

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        await().atMost(Duration.ofSeconds(5)).until(() -> interrupted.getCount() == 0 && bounded.runaways() == 0);
    }

    @Test
    void countsAnExtractionThatIgnoresTheInterruptUntilItEnds() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        BoundedExtraction bounded = bounded(Duration.ofMillis(100), article -> {
            while (true) {
                try {
                    if (release.await(10, TimeUnit.SECONDS)) {
                        return EMPTY;
                    }
                } catch (InterruptedException stubborn) {
                    // a runaway: swallows the interrupt and carries on
                }
            }
        });

        assertThatThrownBy(() -> bounded.analyze(Article.ofText("text")))
                .isInstanceOf(ExtractionAbortedException.class);
        assertThat(bounded.runaways()).isEqualTo(1);

        release.countDown();
        await().atMost(Duration.ofSeconds(5)).until(() -> bounded.runaways() == 0);
    }

    @Test
    void anErrorSuchAsAStackOverflowFailsTheDocumentNotTheConsumer() {
        BoundedExtraction bounded = bounded(Duration.ofSeconds(5), article -> {
            throw new StackOverflowError();
        });

        assertThatThrownBy(() -> bounded.analyze(Article.ofText("text")))
                .isInstanceOf(ExtractionAbortedException.class)
                .hasMessage("extraction died of StackOverflowError");
    }

    @Test
    void theExtractorsOwnExceptionsPassThroughUnchanged() {
        ExtractionException refused = new ExtractionException("text has 9 characters, more than the limit of 5");
        BoundedExtraction bounded = bounded(Duration.ofSeconds(5), article -> {
            throw refused;
        });

        assertThatThrownBy(() -> bounded.analyze(Article.ofText("text"))).isSameAs(refused);
    }

    private static BoundedExtraction bounded(Duration timeout, Function<Article, DocumentAnalysis> analysis) {
        DocumentAnalyzer analyzer = new DocumentAnalyzer() {
            @Override
            public DocumentAnalysis analyze(Article article) {
                return analysis.apply(article);
            }

            @Override
            public String version() {
                return "stand-in";
            }
        };
        return new BoundedExtraction(analyzer, TestProcessingConfig.withTimeout(timeout), new SimpleMeterRegistry());
    }
}
