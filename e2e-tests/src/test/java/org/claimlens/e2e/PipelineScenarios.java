package org.claimlens.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Black-box scenarios over HTTP only: documents go in through ingest-service, results come out of
 * query-service. Subclasses decide how the system is brought up.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PipelineScenarios {

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    /** Enough documents that every partition, and so every analysis instance, gets some. */
    private static final int SCALE_OUT_DOCUMENTS = 24;

    private PipelineStack stack;

    /** A not yet started stack; the scenarios start it once for the class and stop it afterwards. */
    protected abstract PipelineStack newStack();

    @BeforeAll
    void startStack() throws Exception {
        stack = newStack().start();
    }

    @AfterAll
    void stopStack() throws Exception {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void exampleArticleYieldsEntitiesAndAQuotedClaimWithItsSpeaker() {
        String id = postJson(Articles.example("harbor-barrier-delay.json"));
        awaitAnalysed(id);

        JsonPath entities = get("/documents/" + id + "/entities");
        assertThat(entities.getList("findAll { it.type == 'PERSON' }.name", String.class))
                .contains("Elena Marsh", "Victor Alvarez", "Hannah Reyes");
        assertThat(entities.getList("findAll { it.type == 'ORGANIZATION' }.name", String.class))
                .contains("Army Corps of Engineers");

        JsonPath claims = get("/documents/" + id + "/claims");
        List<Map<String, Object>> byMarsh = claims.getList("findAll { it.claimant?.entityName == 'Elena Marsh' }");
        assertThat(byMarsh).anySatisfy(c -> {
            assertThat(c.get("kind")).isEqualTo("DIRECT_QUOTE");
            assertThat((String) c.get("content")).contains("cut corners");
        });
        Object marsh = entities.getList("findAll { it.name == 'Elena Marsh' }.entityId").get(0);
        assertThat(get("/entities/" + marsh).getList("descriptors.text", String.class)).contains("Mayor");
    }

    @Test
    void sharedSamplesYieldTheOfficialsAndTheirClaims() {
        String stalls = Articles.sharedSample("isis-syria-stalls.txt").orElse(null);
        String mission = Articles.sharedSample("isis-attack-real-mission.txt").orElse(null);
        Assumptions.assumeTrue(stalls != null && mission != null, "../shared/corpus/samples is not on this machine");

        String stallsId = postText(stalls, "Global Research");
        String missionId = postText(mission, "The Duran");
        awaitAnalysed(stallsId);
        awaitAnalysed(missionId);

        JsonPath entities = get("/documents/" + stallsId + "/entities");
        assertThat(entities.getList("findAll { it.type == 'PERSON' }.name", String.class)).contains("Russell Travers");
        assertThat(entities.getList("findAll { it.type == 'ORGANIZATION' }.name", String.class))
                .contains("Syrian Democratic Forces");
        JsonPath stallsClaims = get("/documents/" + stallsId + "/claims");
        assertThat(speakersOf(stallsClaims, "Although ISIS")).containsOnly("Russell Travers");
        assertThat(speakersOf(stallsClaims, "In Afghanistan")).containsOnly("Russell Travers");
        assertThat(speakersOf(stallsClaims, "ISIS remains an adaptive")).containsOnly("Russell Travers");
        Map<String, Object> travers = claimStartingWith(stallsClaims, "Although ISIS’s safe haven");
        assertThat(chain(travers, "role")).containsExactly("AUTHOR", "OUTLET", "SPEAKER");
        assertThat(chain(travers, "name")).containsExactly("Global Research", "New York Times", "Russell Travers");
        Map<String, Object> strikes = claimStartingWith(stallsClaims, "Russian air strikes are estimated");
        assertThat(strikes.get("kind")).isEqualTo("AUTHOR");
        Map<?, ?> certainty = (Map<?, ?>) strikes.get("certainty");
        assertThat(certainty.get("level")).isEqualTo("HEDGED");
        assertThat(certainty.get("cue")).isEqualTo("estimated");
        assertThat((List<?>) strikes.get("quantities")).singleElement().satisfies(quantity -> {
            Map<?, ?> q = (Map<?, ?>) quantity;
            assertThat(q.get("approximation")).isEqualTo("MORE_THAN");
            assertThat(((Number) q.get("value")).doubleValue()).isEqualTo(86_000.0);
            assertThat(q.get("unit")).isEqualTo("militants");
        });

        JsonPath missionClaims = get("/documents/" + missionId + "/claims");
        assertThat(speakersOf(missionClaims, "set in motion enthusiasm")).containsOnly("Lindsey Graham");
        assertThat(speakersOf(missionClaims, "I saw this in Iraq")).containsOnly("Lindsey Graham");
        List<Map<String, Object>> byGraham = missionClaims
                .getList("findAll { it.claimant?.entityName == 'Lindsey Graham' }");
        assertThat(byGraham).isNotEmpty().allSatisfy(claim ->
                assertThat(chain(claim, "name")).containsExactly("The Duran", "New York Times", "Lindsey Graham"));
    }

    private static Map<String, Object> claimStartingWith(JsonPath claims, String start) {
        List<Map<String, Object>> all = claims.getList("$");
        return all.stream().filter(claim -> ((String) claim.get("content")).startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim starts with \"" + start + "\" in " + all));
    }

    private static List<Object> chain(Map<String, Object> claim, String field) {
        return ((List<?>) claim.get("chain")).stream().<Object>map(link -> ((Map<?, ?>) link).get(field)).toList();
    }

    /** The entity names of the speakers of the claims whose content starts so; none when no claim does. */
    private static List<String> speakersOf(JsonPath claims, String contentStart) {
        return claims.getList("findAll { it.content.startsWith('" + contentStart + "') }.claimant.entityName",
                String.class);
    }

    @Test
    void theSameDocumentPostedTwiceIsOneDocument() {
        String body = Articles.example("measles-estimate.json");
        String first = postJson(body);
        String second = postJson(body);
        assertThat(second).isEqualTo(first);
        awaitAnalysed(first);

        List<Object> claimIds = get("/documents/" + first + "/claims").getList("id");
        assertThat(claimIds).isNotEmpty().doesNotHaveDuplicates();
        assertThat(get("/documents?size=100").getList("items.id", String.class)).containsOnlyOnce(first);
        JsonPath found = get("/claims?q=vaccine&size=100");
        assertThat(found.getList("items.findAll { it.documentId == '" + first + "' }.id")).doesNotHaveDuplicates()
                .isSubsetOf(claimIds);
        assertThat(get("/entities?q=ruth okafor").getList("items.name", String.class)).contains("Ruth Okafor");
    }

    @Test
    void differentNamesOfOneOrganisationAcrossDocumentsAreOneEntity() {
        String first = postJson("""
                {"text": "ISIS claimed responsibility for the bombing in Manbij, local officials said on Thursday.",
                 "source": "E2E Wire"}""");
        String second = postJson("""
                {"text": "The Islamic State said in a statement that its fighters had attacked a convoy near Raqqa.",
                 "source": "E2E Daily"}""");
        awaitAnalysed(first);
        awaitAnalysed(second);

        List<Object> byAcronym = get("/entities?q=isis&type=ORGANIZATION").getList("items.id");
        List<Object> byName = get("/entities?q=islamic state&type=ORGANIZATION").getList("items.id");
        assertThat(byAcronym).hasSize(1).isEqualTo(byName);
        JsonPath entity = get("/entities/" + byAcronym.get(0));
        assertThat(entity.getList("documents.id", String.class)).contains(first, second);
        assertThat(entity.getList("aliases", String.class)).contains("ISIS", "Islamic State");
    }

    @Test
    void batchAnswersPerLineAndAnalysesTheValidLines() {
        String batch = """
                {"text": "Mayor Ida Brandt said on Friday that the tram line would open in June.", "source": "E2E"}
                {"title": "no text here"}
                {"text": "The port authority said cargo volumes rose 4 percent in May.", "source": "E2E"}
                """;
        String answer = ingest().contentType("application/x-ndjson")
                .body(batch.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .when().post("/documents")
                .then().statusCode(200).extract().asString();
        List<JsonPath> lines = answer.lines().map(JsonPath::from).toList();

        assertThat(lines).hasSize(3);
        assertThat(lines.get(0).getInt("status")).isEqualTo(202);
        assertThat(lines.get(1).getInt("status")).isEqualTo(400);
        assertThat(lines.get(1).getString("field")).isEqualTo("text");
        assertThat(lines.get(2).getInt("status")).isEqualTo(202);
        awaitAnalysed(lines.get(0).getString("id"));
        awaitAnalysed(lines.get(2).getString("id"));
    }

    @Test
    void analysisInstancesShareTheWorkAndAnalyseEachDocumentOnce() {
        List<String> ids = IntStream.range(0, SCALE_OUT_DOCUMENTS).mapToObj(i -> postJson(harbourReport(i))).toList();
        ids.forEach(this::awaitAnalysed);
        // the outcome line is logged right after the commit that made the document visible
        await().atMost(PATIENCE).until(() -> ids.stream().allMatch(id -> !analysedEvents(id).isEmpty()));

        List<ProcessingLog> logs = processingLogs();
        assertThat(ids).allSatisfy(id -> assertThat(analysedEvents(logs, id)).as("analyses of %s", id).hasSize(1));
        assertThat(logs).hasSize(PipelineStack.ANALYSIS_INSTANCES)
                .allSatisfy(log -> assertThat(ids).as("documents one instance analysed")
                        .anyMatch(id -> !log.analysedEvents(id).isEmpty()));
        // one result set per document: its one quotation is stored once
        assertThat(ids).allSatisfy(id -> {
            assertThat(get("/documents/" + id + "/claims").getList("kind", String.class))
                    .containsExactly("DIRECT_QUOTE");
            assertThat(get("/documents/" + id).getLong("counts.claims")).isEqualTo(1);
        });
    }

    @Test
    void theLaterOfTwoVersionsOfADocumentWins() {
        String first = postJson(contractReport("said the dredging contract would be signed in March."));
        String second = postJson(contractReport(
                "said the dredging contract was cancelled after auditor Carla Nunez found billing errors."));
        assertThat(second).isEqualTo(first);
        // both versions share the document id, the Kafka key, so one consumer applies them in the order sent
        await().atMost(PATIENCE).until(() -> analysedEvents(first).size() >= 2);
        assertThat(analysedEvents(first)).hasSize(2).doesNotHaveDuplicates();

        JsonPath document = get("/documents/" + first);
        assertThat(document.getString("status")).isEqualTo("ANALYSED");
        assertThat(document.getString("text")).contains("cancelled").doesNotContain("signed in March");
        assertThat(get("/documents/" + first + "/entities").getList("name", String.class)).contains("Carla Nunez");
    }

    @Test
    void errorsAreClearOnBothSides() {
        ingest().contentType("application/json").body("{\"text\": ")
                .when().post("/documents")
                .then().statusCode(400).body("status", equalTo(400)).body("message", notNullValue());
        given().baseUri(stack.ingestUrl()).contentType("application/json").body("{\"text\": \"No key.\"}")
                .when().post("/documents")
                .then().statusCode(401).body("status", equalTo(401)).body("message", notNullValue());
        given().baseUri(stack.queryUrl())
                .when().get("/documents/00000000-0000-4000-8000-000000000000")
                .then().statusCode(404).body("status", equalTo(404)).body("error", equalTo("Not Found"));
    }

    /** Requests to ingest-service carry the run's API key, as every client's must. */
    private RequestSpecification ingest() {
        return given().baseUri(stack.ingestUrl()).header(ApiKey.HEADER, stack.apiKey());
    }

    private static String harbourReport(int i) {
        String[] officials = {"Ana Duarte", "Tomas Reyes", "Mira Okonkwo", "Jonas Berg", "Leila Haddad", "Owen Price"};
        String[] days = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
        return """
                {"source": "E2E Harbour", "text": "\\"Berth %d at the north quay will reopen in %d weeks,\\" \
                harbour master %s told reporters on %s."}"""
                .formatted(i + 1, i % 5 + 2, officials[i % officials.length], days[i / officials.length % days.length]);
    }

    private static String contractReport(String claim) {
        return """
                {"externalId": "e2e-dredging-contract", "source": "E2E Harbour",
                 "text": "Port director Alan Moss %s"}""".formatted(claim);
    }

    private List<ProcessingLog> processingLogs() {
        return stack.analysisInstances().stream().map(ProcessingLog::of).toList();
    }

    /** The events of this document that some analysis instance analysed, all instances together. */
    private List<String> analysedEvents(String documentId) {
        return analysedEvents(processingLogs(), documentId);
    }

    private static List<String> analysedEvents(List<ProcessingLog> logs, String documentId) {
        return logs.stream().flatMap(log -> log.analysedEvents(documentId).stream()).toList();
    }

    private String postJson(String json) {
        return ingest().contentType("application/json").body(json)
                .when().post("/documents")
                .then().statusCode(202).body("id", notNullValue()).extract().path("id");
    }

    private String postText(String text, String source) {
        return ingest().contentType("text/plain; charset=utf-8").queryParam("source", source)
                .body(text)
                .when().post("/documents")
                .then().statusCode(202).extract().path("id");
    }

    private void awaitAnalysed(String id) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(250)).until(() ->
                given().baseUri(stack.queryUrl()).when().get("/documents/" + id).then().extract().statusCode() == 200
                        && "ANALYSED".equals(get("/documents/" + id).getString("status")));
    }

    private JsonPath get(String path) {
        return given().baseUri(stack.queryUrl()).when().get(path).then().statusCode(200).extract().jsonPath();
    }
}
