package org.claimlens.query.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.claimlens.query.support.Article;
import org.claimlens.query.support.ReadOnlyDatabaseResource;
import org.claimlens.query.support.SyriaStory;
import org.claimlens.query.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code GET /facets}: claim counts by kind, source and claimant type under the claim filters. */
@QuarkusTest
@WithTestResource(ReadOnlyDatabaseResource.class)
class FacetsTest {

    private SyriaStory story;

    @BeforeEach
    void seed() {
        TestData.reset();
        story = TestData.seedSyriaStory();
        UUID ankara = TestData.seedArticle(Article.of("Ankara warns", ClaimFilterTest.ANKARA_BODY, "AFP",
                "2026-01-03T10:00:00Z", "2026-01-04T10:00:00Z"));
        long erdogan = TestData.seedEntity("PERSON", "Recep Tayyip Erdoğan");
        long ministry = TestData.seedEntity("ORGANIZATION", "The army");
        TestData.seedClaim(ankara, 0, "DIRECT_QUOTE", "Turkey will not wait.", "Recep Tayyip Erdoğan", erdogan);
        TestData.seedClaim(ankara, 1, "AUTHOR", "The army is ready", "The army", ministry);
    }

    @Test
    void countsAllClaimsByKindSourceAndClaimantType() {
        given().get("/facets")
                .then().statusCode(200)
                .body("total", is(4))
                .body("kinds.value", contains("INDIRECT", "AUTHOR", "DIRECT_QUOTE"))
                .body("kinds.count", contains(2, 1, 1))
                .body("sources.value", contains("AFP", "Reuters"))
                .body("sources.count", contains(2, 2))
                .body("claimantTypes.value", contains("PERSON", "ORGANIZATION"))
                .body("claimantTypes.count", contains(2, 1));
    }

    @Test
    void appliesTheClaimFilters() {
        given().queryParam("from", "2026-01-01").queryParam("kind", "direct_quote").get("/facets")
                .then().statusCode(200)
                .body("total", is(1))
                .body("kinds.value", contains("DIRECT_QUOTE"))
                .body("sources.value", contains("AFP"))
                .body("claimantTypes.value", contains("PERSON"));
        given().queryParam("q", "dinosaurs").get("/facets")
                .then().statusCode(200)
                .body("total", is(0))
                .body("kinds", is(empty()));
        given().queryParam("claimant", "x").get("/facets").then().statusCode(400).body("field", is("claimant"));
    }

    @Test
    void everyFacetValueWorksAsAClaimFilter() {
        given().queryParam("source", "AFP").get("/facets")
                .then().statusCode(200)
                .body("total", is(2))
                .body("sources.value", contains("AFP"));
        given().queryParam("claimantType", "organization").get("/claims")
                .then().statusCode(200)
                .body("total", is(1))
                .body("items[0].content", is("The army is ready"));
        given().queryParam("claimantType", "person").queryParam("source", "Reuters").get("/claims")
                .then().statusCode(200)
                .body("total", is(1))
                .body("items[0].id", is((int) story.traversClaimId()));
        given().queryParam("claimantType", "ALIEN").get("/facets")
                .then().statusCode(400)
                .body("field", is("claimantType"))
                .body("message", containsString("PERSON"));
    }
}
