package org.claimlens.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.path.json.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.claimlens.loader.BulkLoader;
import org.claimlens.loader.LoadOptions;
import org.claimlens.loader.LoadResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bulk loader against the three packaged services on in-process Kafka and PostgreSQL: a folder of text, HTML
 * and NDJSON files loaded twice makes each text one document, with every file that carried it as a source.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BulkLoadIT {

    private static final Duration PATIENCE = Duration.ofSeconds(120);
    private static final String STORY = """
            The regional transport board said on Tuesday that the new tram line would open eight months late, \
            mostly because of a shortage of signalling engineers. Board chair Tomasz Lind told reporters that the \
            first trams would run in the autumn, although he declined to give a date. The contractor, Railcon, said \
            it had hired twelve more engineers since January and expected the work to be finished by August. \
            Residents along the route, who have lived with road works for two years, were less patient, and two \
            council members called for an inquiry into how the original schedule had been drawn up.""";

    @TempDir
    Path folder;

    private PipelineStack stack;

    @BeforeAll
    void startStack() throws Exception {
        stack = new InProcessStack().start();
    }

    @AfterAll
    void stopStack() throws Exception {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void aFolderLoadedTwiceIsStoredOnceWithAllItsSources() throws Exception {
        writeFolder();
        int before = documents().getInt("total");

        LoadResult first = load(folder.resolve("set"));
        assertThat(first.documents()).isEqualTo(7);
        assertThat(first.failed()).as(first.reasons().toString()).isZero();
        assertThat(first.duplicates()).isEqualTo(1);
        awaitAnalysed(before + 6);

        Instant rerun = Instant.now();
        LoadResult second = load(folder.resolve("set"));
        assertThat(second.accepted()).isEqualTo(7);
        awaitSourcesSeenSince(rerun, 7);
        assertThat(documents().getInt("total")).as("a re-run adds no documents").isEqualTo(before + 6);

        JsonPath tram = document("Tram line opens eight months late");
        assertThat(tram.getList("sources.externalId", String.class))
                .containsExactlyInAnyOrder(externalId("wire/tram.txt"), externalId("paper/tram-copy.txt"));
        assertThat(tram.getList("nearDuplicates.title", String.class)).contains("Tram line late (courier edition)");
        assertThat(tram.getString("text")).doesNotContain("Share this:");

        JsonPath page = document("Harbor wall delayed again");
        assertThat(page.getString("source")).isEqualTo("Riverton Ledger");
        assertThat(page.getString("publishedAt")).isEqualTo("2018-11-08T10:00:00Z");
        String original = page.getString("sources[0].original");
        assertThat(given().when().get(original).then().statusCode(200).extract().asString())
                .contains("<nav>", "application/ld+json");
        assertThat(document("Caf\u00e9 reopens").getString("text")).contains("caf\u00e9");
    }

    @Test
    void aChangedFileReplacesItsDocument() throws Exception {
        Path file = folder.resolve("changing.txt");
        Files.writeString(file, "Council report\n\nThe council said on Monday that the budget would rise. Draft one.");
        assertThat(load(file).failed()).isZero();
        String id = await().atMost(PATIENCE).until(() -> idOf("Council report"), found -> found != null);

        Files.writeString(file, "Council report\n\nThe council said on Monday that the budget would fall. Draft two.");
        assertThat(load(file).failed()).isZero();

        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(500)).until(() ->
                get("/documents/" + id).getString("text").contains("Draft two"));
        assertThat(documents().getList("items.findAll { it.title == 'Council report' }")).hasSize(1);
    }

    private void writeFolder() throws Exception {
        Path set = folder.resolve("set");
        Files.createDirectories(set.resolve("wire"));
        Files.createDirectories(set.resolve("paper"));
        Files.writeString(set.resolve("wire/tram.txt"), "Tram line opens eight months late\n\n" + STORY + "\n");
        Files.writeString(set.resolve("paper/tram-copy.txt"),
                "Tram line opens eight months late\n\n" + STORY + "\nShare this:\n");
        Files.writeString(set.resolve("paper/tram-courier.txt"), "Tram line late (courier edition)\n\n"
                + "Valley Courier, morning edition\n\n" + STORY + "\nLetters to the editor: courier@example.org\n");
        Files.write(set.resolve("paper/cafe.txt"), ("Caf\u00e9 reopens\n\nThe caf\u00e9 on Main Street "
                + "reopened on Friday, its owner said.\n").getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(set.resolve("harbor.html"), page());
        Files.writeString(set.resolve("batch.ndjson"), """
                {"externalId": "batch-1", "title": "Port volumes", "text": "The port authority said cargo volumes rose 4 percent in May."}
                {"externalId": "batch-2", "title": "Bridge toll", "text": "The mayor said the bridge toll would not rise this year."}
                """);
    }

    private static String page() {
        return """
                <!doctype html><html><head><title>Harbor wall delayed again | Riverton Ledger</title>
                <meta property="og:site_name" content="Riverton Ledger">
                <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Harbor wall delayed again",
                 "datePublished": "2018-11-08T10:00:00Z", "author": {"name": "Dana Whitfield"}}</script></head>
                <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
                <article><p>The city council said on Wednesday that the harbor wall would open a year late, after
                engineers found cracks in two of its concrete caissons during routine inspections last month.</p>
                <div class="share">Share on Facebook</div>
                <p>"We will not open a structure that might fail in the first winter storm," Mayor Elena Marsh told
                reporters, adding that the repairs would cost about $12 million.</p></article>
                <section class="comments"><p>Reader: the council should resign, all of them, today.</p></section>
                </body></html>""";
    }

    private LoadResult load(Path... inputs) throws InterruptedException {
        List<String> args = new ArrayList<>();
        for (Path input : inputs) {
            args.add(input.toString());
        }
        args.addAll(List.of("--url", stack.ingestUrl(), "--concurrency", "3"));
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        LoadResult result = new BulkLoader(LoadOptions.parse(args.toArray(String[]::new), "", stack.apiKey()))
                .run(new PrintStream(output, true, StandardCharsets.UTF_8));
        System.out.print(output.toString(StandardCharsets.UTF_8));
        return result;
    }

    private String externalId(String relative) {
        return "file:" + folder.resolve("set").resolve(relative).toAbsolutePath().normalize();
    }

    private void awaitAnalysed(int documents) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(500)).until(() ->
                get("/documents?status=ANALYSED&size=1").getInt("total") == documents
                        && documents().getInt("total") == documents);
    }

    /** The re-run's events are applied once that many sources show a sighting after it began. */
    private void awaitSourcesSeenSince(Instant start, int sources) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(500)).until(() -> {
            long seen = 0;
            for (String id : documents().getList("items.id", String.class)) {
                seen += get("/documents/" + id).getList("sources.lastSeenAt", String.class).stream()
                        .filter(at -> !Instant.parse(at).isBefore(start)).count();
            }
            return seen == sources;
        });
    }

    private JsonPath document(String title) {
        String id = await().atMost(PATIENCE).until(() -> idOf(title), found -> found != null);
        return get("/documents/" + id);
    }

    private String idOf(String title) {
        List<String> ids = documents().getList("items.findAll { it.title == '" + title + "' }.id", String.class);
        return ids.isEmpty() ? null : ids.get(0);
    }

    private JsonPath documents() {
        return get("/documents?size=100");
    }

    private JsonPath get(String path) {
        return given().baseUri(stack.queryUrl()).when().get(path).then().statusCode(200).extract().jsonPath();
    }
}
