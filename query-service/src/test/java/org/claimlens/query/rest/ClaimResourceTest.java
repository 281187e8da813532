package org.claimlens.query.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.claimlens.query.support.ReadOnlyDatabaseResource;
import org.claimlens.query.support.SyriaStory;
import org.claimlens.query.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
@WithTestResource(ReadOnlyDatabaseResource.class)
class ClaimResourceTest {

    private SyriaStory story;

    @BeforeEach
    void seed() {
        TestData.reset();
        story = TestData.seedSyriaStory();
    }

    @ParameterizedTest
    @ValueSource(strings = {"regroup", "regrouping", "Islamic State", "\"within a year\""})
    void findsClaimsByWordsInTheirContent(String q) {
        given().queryParam("q", q).get("/claims")
                .then().statusCode(200)
                .body("total", is(1))
                .body("items.id", contains((int) story.traversClaimId()))
                .body("items[0].documentId", is(story.documentId().toString()))
                .body("items[0].documentTitle", is(SyriaStory.TITLE))
                .body("items[0].content", is(SyriaStory.TRAVERS_CLAIM))
                .body("items[0].claimant.entityName", is("Russell Travers"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dinosaurs", "regroup -Syria", "prisons regroup"})
    void findsNothingWithoutAMatch(String q) {
        given().queryParam("q", q).get("/claims")
                .then().statusCode(200)
                .body("total", is(0))
                .body("items.size()", is(0));
    }

    @Test
    void listsAllClaimsInTextOrderWithoutFilters() {
        given().get("/claims")
                .then().statusCode(200)
                .body("total", is(2))
                .body("items.id", contains((int) story.traversClaimId(), (int) story.spokesmanClaimId()));
        given().queryParam("size", 1).queryParam("page", 1).get("/claims")
                .then().statusCode(200)
                .body("page", is(1))
                .body("total", is(2))
                .body("items.id", contains((int) story.spokesmanClaimId()));
    }

    @Test
    void filtersByClaimantEntity() {
        given().queryParam("entity", story.traversId()).get("/claims")
                .then().statusCode(200)
                .body("total", is(1))
                .body("items.id", contains((int) story.traversClaimId()));
    }

    @Test
    void filtersByEntityMentionedInsideTheClaim() {
        given().queryParam("entity", story.syriaId()).get("/claims")
                .then().statusCode(200)
                .body("items.id", contains((int) story.traversClaimId()));
        // the SDF is named in the spokesman's title, not in what the spokesman said
        given().queryParam("entity", story.sdfId()).get("/claims")
                .then().statusCode(200)
                .body("total", is(0));
    }

    @Test
    void combinesTextAndEntity() {
        given().queryParam("q", "prisons").queryParam("entity", story.traversId()).get("/claims")
                .then().statusCode(200)
                .body("total", is(0));
        given().queryParam("q", "regroup").queryParam("entity", story.islamicStateId()).get("/claims")
                .then().statusCode(200)
                .body("items.id", contains((int) story.traversClaimId()));
    }

    @Test
    void returnsOneClaimWithItsDocument() {
        given().get("/claims/{id}", story.spokesmanClaimId())
                .then().statusCode(200)
                .body("id", is((int) story.spokesmanClaimId()))
                .body("documentId", is(story.documentId().toString()))
                .body("documentTitle", is(SyriaStory.TITLE))
                .body("kind", is("INDIRECT"))
                .body("content", is(SyriaStory.SPOKESMAN_CLAIM))
                .body("contentStart", is(SyriaStory.offset(SyriaStory.SPOKESMAN_CLAIM)))
                .body("claimant.text", is(SyriaStory.SPOKESMAN))
                .body("claimant.start", is(SyriaStory.offset(SyriaStory.SPOKESMAN)))
                .body("claimant.entityId", is(nullValue()))
                .body("claimant.entityName", is(nullValue()))
                .body("cue.text", is("said"))
                .body("sentenceIndex", is(1))
                .body("extractorVersion", is("test-extractor-1"));
    }

    @Test
    void unknownClaimIsNotFound() {
        given().get("/claims/424242")
                .then().statusCode(404)
                .body("error", is("Not Found"))
                .body("message", is("claim 424242 not found"));
    }

    @Test
    void rejectsMalformedParametersNamingThem() {
        given().get("/claims/xyz").then().statusCode(400).body("field", is("id"));
        given().queryParam("entity", "russell").get("/claims").then().statusCode(400).body("field", is("entity"));
        given().queryParam("size", 0).get("/claims").then().statusCode(400).body("field", is("size"));
        given().queryParam("page", -1).get("/claims").then().statusCode(400).body("field", is("page"));
    }
}
