package org.claimlens.query.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Accent-insensitive search, sort orders, and an entity's co-occurring entities and claims by and about it. */
@QuarkusTest
@WithTestResource(ReadOnlyDatabaseResource.class)
class EntityInsightTest {

    private SyriaStory story;
    private long erdogan;

    @BeforeEach
    void seed() {
        TestData.reset();
        story = TestData.seedSyriaStory();
        UUID second = TestData.seedArticle(Article.of("Erdoğan on Syria",
                "Erdoğan said Islamic State fighters remain in Syria.", "AFP", null, "2026-01-12T09:00:00Z"));
        erdogan = TestData.seedEntity("PERSON", "Recep Tayyip Erdoğan", "Erdoğan");
        TestData.seedMention(second, erdogan, "Erdoğan");
        TestData.seedMention(second, story.islamicStateId(), "Islamic State");
        TestData.seedMention(second, story.syriaId(), "Syria");
    }

    @ParameterizedTest
    @ValueSource(strings = {"erdogan", "ERDO", "Erdoğ", "recep tayyip erdogan", "RÉCEP"})
    void findsNamesAndAliasesIgnoringCaseAndAccents(String q) {
        given().queryParam("q", q).get("/entities")
                .then().statusCode(200)
                .body("total", is(1))
                .body("items[0].id", is((int) erdogan));
    }

    @Test
    void sortsByMentionsDocumentsOrName() {
        given().queryParam("size", 3).get("/entities")
                .then().statusCode(200)
                .body("items.name", contains("Islamic State", "Russell Travers", "Syria"));
        given().queryParam("sort", "documents").queryParam("size", 3).get("/entities")
                .then().statusCode(200)
                .body("items.name", contains("Islamic State", "Syria", "Russell Travers"));
        given().queryParam("sort", "NAME").queryParam("size", 3).get("/entities")
                .then().statusCode(200)
                .body("items.name", contains("Islamic State", "National Counterterrorism Center", "Recep Tayyip Erdoğan"));
        given().queryParam("sort", "popularity").get("/entities")
                .then().statusCode(400).body("field", is("sort"));
    }

    @Test
    void detailListsEntitiesSharingTheMostDocuments() {
        given().get("/entities/{id}", story.syriaId())
                .then().statusCode(200)
                .body("coOccurring.name", contains("Islamic State", "National Counterterrorism Center",
                        "Recep Tayyip Erdoğan", "Russell Travers", "Syrian Democratic Forces"))
                .body("coOccurring[0].entityId", is((int) story.islamicStateId()))
                .body("coOccurring[0].type", is("ORGANIZATION"))
                .body("coOccurring[0].sharedDocuments", is(2))
                .body("coOccurring[1].sharedDocuments", is(1));
    }

    @Test
    void detailSamplesClaimsByAndAboutTheEntity() {
        given().get("/entities/{id}", story.traversId())
                .then().statusCode(200)
                .body("claimCount", is(1))
                .body("claimsBy.total", is(1))
                .body("claimsBy.items.id", contains((int) story.traversClaimId()))
                .body("claimsBy.items[0].documentTitle", is(SyriaStory.TITLE))
                .body("claimsAbout.total", is(0))
                .body("claimsAbout.items", is(empty()));
        given().get("/entities/{id}", story.islamicStateId())
                .then().statusCode(200)
                .body("claimsBy.total", is(0))
                .body("claimsAbout.total", is(1))
                .body("claimsAbout.items.id", contains((int) story.traversClaimId()));
    }
}
