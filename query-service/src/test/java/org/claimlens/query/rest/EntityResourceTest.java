package org.claimlens.query.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalToIgnoringCase;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.UUID;
import org.claimlens.query.support.ReadOnlyDatabaseResource;
import org.claimlens.query.support.SyriaStory;
import org.claimlens.query.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
@WithTestResource(ReadOnlyDatabaseResource.class)
class EntityResourceTest {

    private SyriaStory story;

    @BeforeEach
    void seed() {
        TestData.reset();
        story = TestData.seedSyriaStory();
    }

    @ParameterizedTest
    @ValueSource(strings = {"russ", "RUSS", "Russell T"})
    void findsByNamePrefixInAnyCase(String q) {
        given().queryParam("q", q).get("/entities")
                .then().statusCode(200)
                .body("total", is(1))
                .body("items[0].id", is((int) story.traversId()))
                .body("items[0].name", is("Russell Travers"))
                .body("items[0].type", is("PERSON"))
                .body("items[0].aliases", contains("Travers"))
                .body("items[0].documentCount", is(1))
                .body("items[0].mentionCount", is(2));
    }

    @Test
    void findsByAliasPrefix() {
        given().queryParam("q", "sdf").get("/entities")
                .then().statusCode(200)
                .body("items.name", contains("Syrian Democratic Forces"));
        given().queryParam("q", "isis").get("/entities")
                .then().statusCode(200)
                .body("items.name", contains("Islamic State"))
                .body("items[0].aliases", contains("ISIS", "Islamic State of Iraq and Syria"));
    }

    @Test
    void sortsByMentionCountThenName() {
        // "Syrian Democratic Forces" has two mentions, "Syria" one; both match by name, and SDF only once
        given().queryParam("q", "syria").get("/entities")
                .then().statusCode(200)
                .body("total", is(2))
                .body("items.name", contains("Syrian Democratic Forces", "Syria"));
        given().get("/entities")
                .then().statusCode(200)
                .body("total", is(5))
                .body("items.name", contains("Russell Travers", "Syrian Democratic Forces", "Islamic State",
                        "National Counterterrorism Center", "Syria"));
    }

    @Test
    void treatsLikeWildcardsLiterally() {
        given().queryParam("q", "%").get("/entities").then().statusCode(200).body("total", is(0));
        given().queryParam("q", "_yria").get("/entities").then().statusCode(200).body("total", is(0));
        given().queryParam("q", "\\").get("/entities").then().statusCode(200).body("total", is(0));
    }

    @Test
    void filtersByType() {
        given().queryParam("type", "ORGANIZATION").get("/entities")
                .then().statusCode(200)
                .body("items.name", contains("Syrian Democratic Forces", "Islamic State",
                        "National Counterterrorism Center"));
        given().queryParam("q", "s").queryParam("type", "location").get("/entities")
                .then().statusCode(200)
                .body("items.name", contains("Syria"));
    }

    @Test
    void countsPrefixMatchesByTypeWhateverTheTypeFilter() {
        given().queryParam("q", "s").get("/entities/facets")
                .then().statusCode(200)
                .body("total", is(2))
                .body("types.value", contains("LOCATION", "ORGANIZATION"))
                .body("types.count", contains(1, 1));
        given().get("/entities/facets")
                .then().statusCode(200)
                .body("total", is(5))
                .body("types.value", contains("ORGANIZATION", "LOCATION", "PERSON"))
                .body("types.count", contains(3, 1, 1));
        given().queryParam("q", "x".repeat(201)).get("/entities/facets")
                .then().statusCode(400).body("field", is("q"));
    }

    @Test
    void pagesResults() {
        given().queryParam("size", 2).queryParam("page", 2).get("/entities")
                .then().statusCode(200)
                .body("page", is(2))
                .body("size", is(2))
                .body("total", is(5))
                .body("items.name", contains("Syria"));
    }

    @Test
    void rejectsUnknownTypeNamingIt() {
        given().queryParam("type", "ALIEN").get("/entities")
                .then().statusCode(400)
                .body("field", is("type"))
                .body("message", containsString("PERSON, ORGANIZATION, LOCATION, NATIONALITY"));
    }

    @Test
    void rejectsOverlongQueryAndBadPaging() {
        given().queryParam("q", "x".repeat(201)).get("/entities").then().statusCode(400).body("field", is("q"));
        given().queryParam("size", 1000).get("/entities").then().statusCode(400).body("field", is("size"));
    }

    @Test
    void returnsDetailWithAliasesCountsAndWhereSeen() {
        UUID followUp = TestData.seedDocument("Travers retires", "AP", "ANALYSED", null,
                Instant.parse("2026-02-01T10:00:00Z"), null);
        TestData.seedMention(followUp, story.traversId(), "Travers");
        TestData.seedDescriptor(story.documentId(), story.traversId(), "the acting head of the NCTC", 20);
        TestData.seedDescriptor(followUp, story.traversId(), "The acting head of the NCTC", 10);
        TestData.seedDescriptor(followUp, story.traversId(), "director", 40);
        given().get("/entities/{id}", story.traversId())
                .then().statusCode(200)
                .body("id", is((int) story.traversId()))
                .body("name", is("Russell Travers"))
                .body("type", is("PERSON"))
                .body("aliases", contains("Travers"))
                .body("descriptors[0].text", equalToIgnoringCase("the acting head of the NCTC"))
                .body("descriptors[1].text", is("director"))
                .body("descriptors.documentCount", contains(2, 1))
                .body("documentCount", is(2))
                .body("mentionCount", is(3))
                .body("claimCount", is(1))
                .body("firstSeen", is(SyriaStory.PUBLISHED_AT))
                .body("lastSeen", is("2026-02-01T10:00:00Z"))
                .body("documents.id", contains(followUp.toString(), story.documentId().toString()))
                .body("documents[0].publishedAt", is(nullValue()))
                .body("documents[0].ingestedAt", is("2026-02-01T10:00:00Z"))
                .body("documents[0].mentionCount", is(1))
                .body("documents[1].title", is(SyriaStory.TITLE))
                .body("documents[1].source", is("Reuters"))
                .body("documents[1].mentionCount", is(2));
    }

    @Test
    void entityWithoutAliasesHasAnEmptyList() {
        given().get("/entities/{id}", story.syriaId())
                .then().statusCode(200)
                .body("aliases", is(empty()))
                .body("claimCount", is(0));
    }

    @Test
    void unknownEntityIsNotFound() {
        given().get("/entities/987654")
                .then().statusCode(404)
                .body("status", is(404))
                .body("message", is("entity 987654 not found"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "0", "-4", "99999999999999999999"})
    void malformedIdIsBadRequestNamingId(String id) {
        given().get("/entities/" + id).then().statusCode(400).body("field", is("id"));
    }
}
