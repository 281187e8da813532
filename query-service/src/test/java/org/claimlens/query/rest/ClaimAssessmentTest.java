package org.claimlens.query.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Arrays;
import java.util.List;
import org.claimlens.query.support.ReadOnlyDatabaseResource;
import org.claimlens.query.support.SyriaStory;
import org.claimlens.query.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Certainty, check-worthiness, attribution chain, numbers and entities of claims: shown, filtered, counted. */
@QuarkusTest
@WithTestResource(ReadOnlyDatabaseResource.class)
class ClaimAssessmentTest {

    private SyriaStory story;

    @BeforeEach
    void seed() {
        TestData.reset();
        story = TestData.seedSyriaStory();
        TestData.rateClaim(story.traversClaimId(), "HEDGED", 0.45, 0.91);
        TestData.rateClaim(story.spokesmanClaimId(), "ASSERTED", 0.8, 0.3);
        TestData.seedChain(story.traversClaimId(), "AUTHOR:A. Columnist", "OUTLET:The New York Times",
                "SPEAKER:Russell Travers");
        TestData.seedQuantity(story.spokesmanClaimId(), "thousands of detainees", 1000, "AT_LEAST", "detainees");
    }

    @Test
    void aClaimShowsItsCertaintyChainAndTheEntitiesItIsAbout() {
        given().get("/claims/{id}", story.traversClaimId())
                .then().statusCode(200)
                .body("certainty.level", is("HEDGED"))
                .body("certainty.score", is(0.45f))
                .body("checkWorthiness.score", is(0.91f))
                .body("checkWorthiness.checkWorthy", is(true))
                .body("chain.role", contains("AUTHOR", "OUTLET", "SPEAKER"))
                .body("chain.name", contains("A. Columnist", "The New York Times", "Russell Travers"))
                .body("chain[0].start", nullValue())
                .body("about.name", contains("Islamic State", "Syria"))
                .body("quantities", is(List.of()));
    }

    @Test
    void numbersCarryTheirOffsetsInTheDocument() {
        int start = SyriaStory.BODY.indexOf("thousands of detainees");
        given().get("/documents/{id}/claims", story.documentId())
                .then().statusCode(200)
                .body("find { it.id == " + story.spokesmanClaimId() + " }.quantities[0].approximation",
                        is("AT_LEAST"))
                .body("find { it.id == " + story.spokesmanClaimId() + " }.quantities[0].start", is(start))
                .body("find { it.id == " + story.spokesmanClaimId() + " }.quantities[0].unit", is("detainees"));
    }

    @Test
    void filtersByCertaintyAndCheckWorthiness() {
        expect("certainty", "hedged", story.traversClaimId());
        expect("certainty", "DISTANCED");
        expect("minCheckWorthiness", "0.9", story.traversClaimId());
        expect("minCheckWorthiness", "0", story.traversClaimId(), story.spokesmanClaimId());
        expect("checkWorthy", "false", story.spokesmanClaimId());
    }

    @Test
    void facetsCountCertainties() {
        given().get("/facets")
                .then().statusCode(200)
                .body("certainties.value", contains("ASSERTED", "HEDGED"))
                .body("certainties.count", contains(1, 1));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"certainty|sure", "minCheckWorthiness|1.5", "minCheckWorthiness|high",
            "checkWorthy|yes"})
    void rejectsBadValuesNamingTheParameter(String parameter, String value) {
        given().queryParam(parameter, value).get("/claims")
                .then().statusCode(400)
                .body("field", is(parameter))
                .body("message", containsString(parameter));
    }

    private static void expect(String parameter, String value, long... ids) {
        given().queryParam(parameter, value).get("/claims")
                .then().statusCode(200)
                .body("items.id", is(Arrays.stream(ids).mapToInt(id -> (int) id).boxed().toList()));
    }
}
