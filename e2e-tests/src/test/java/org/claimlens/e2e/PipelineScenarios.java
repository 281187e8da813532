package org.claimlens.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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
        JsonPath missionClaims = get("/documents/" + missionId + "/claims");
        assertThat(speakersOf(missionClaims, "set in motion enthusiasm")).containsOnly("Lindsey Graham");
        assertThat(speakersOf(missionClaims, "I saw this in Iraq")).containsOnly("Lindsey Graham");
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
        String answer = given().baseUri(stack.ingestUrl()).contentType("application/x-ndjson")
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
    void errorsAreClearOnBothSides() {
        given().baseUri(stack.ingestUrl()).contentType("application/json").body("{\"text\": ")
                .when().post("/documents")
                .then().statusCode(400).body("status", equalTo(400)).body("message", notNullValue());
        given().baseUri(stack.queryUrl())
                .when().get("/documents/00000000-0000-4000-8000-000000000000")
                .then().statusCode(404).body("status", equalTo(404)).body("error", equalTo("Not Found"));
    }

    private String postJson(String json) {
        return given().baseUri(stack.ingestUrl()).contentType("application/json").body(json)
                .when().post("/documents")
                .then().statusCode(202).body("id", notNullValue()).extract().path("id");
    }

    private String postText(String text, String source) {
        return given().baseUri(stack.ingestUrl()).contentType("text/plain; charset=utf-8").queryParam("source", source)
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
