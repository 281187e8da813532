package org.claimlens.query.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

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
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
@WithTestResource(ReadOnlyDatabaseResource.class)
class DocumentListTest {

    private SyriaStory story;
    private UUID older;
    private UUID failed;

    @BeforeEach
    void seed() {
        TestData.reset();
        story = TestData.seedSyriaStory();
        older = TestData.seedDocument("Ceasefire talks resume", "AP", "ANALYSED", null,
                Instant.parse("2026-01-05T08:00:00Z"), null);
        failed = TestData.seedDocument("Unreadable wire copy", "AP", "FAILED",
                Instant.parse("2026-01-11T07:00:00Z"), Instant.parse("2026-01-12T00:00:00Z"), "empty text");
    }

    @Test
    void listsNewestIngestedFirstWithCounts() {
        given().get("/documents")
                .then().statusCode(200)
                .body("page", is(0))
                .body("size", is(20))
                .body("total", is(3))
                .body("items.id", contains(failed.toString(), story.documentId().toString(), older.toString()))
                .body("items[1].title", is(SyriaStory.TITLE))
                .body("items[1].source", is("Reuters"))
                .body("items[1].author", is("Staff reporter"))
                .body("items[1].url", is("https://news.example.org/" + story.documentId()))
                .body("items[1].publishedAt", is(SyriaStory.PUBLISHED_AT))
                .body("items[1].ingestedAt", is(SyriaStory.INGESTED_AT))
                .body("items[1].status", is("ANALYSED"))
                .body("items[1].language", is("en"))
                .body("items[1].mentionCount", is(7))
                .body("items[1].claimCount", is(2))
                .body("items[2].publishedAt", is((Object) null))
                .body("items[2].mentionCount", is(0));
    }

    @Test
    void pagesThroughTheList() {
        given().queryParam("page", 1).queryParam("size", 2).get("/documents")
                .then().statusCode(200)
                .body("page", is(1))
                .body("size", is(2))
                .body("total", is(3))
                .body("items.id", contains(older.toString()));
        given().queryParam("page", 5).get("/documents")
                .then().statusCode(200)
                .body("total", is(3))
                .body("items", is(empty()));
    }

    @Test
    void filtersBySourceAndStatus() {
        given().queryParam("source", "AP").get("/documents")
                .then().statusCode(200)
                .body("total", is(2))
                .body("items.id", contains(failed.toString(), older.toString()));
        given().queryParam("source", "AP").queryParam("status", "analysed").get("/documents")
                .then().statusCode(200)
                .body("items.id", contains(older.toString()));
    }

    @ParameterizedTest
    @CsvSource({"size,0", "size,101", "size,ten", "page,-1", "page,first", "page,10001", "status,LOST"})
    void rejectsBadParametersNamingThem(String parameter, String value) {
        given().queryParam(parameter, value).get("/documents")
                .then().statusCode(400)
                .body("status", is(400))
                .body("error", is("Bad Request"))
                .body("field", is(parameter));
    }

    @Test
    void acceptsTheLargestPageSize() {
        given().queryParam("size", 100).get("/documents")
                .then().statusCode(200)
                .body("size", is(100))
                .body("items.size()", is(3));
    }
}
