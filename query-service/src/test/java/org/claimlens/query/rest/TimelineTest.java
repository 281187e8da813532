package org.claimlens.query.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
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
import org.junit.jupiter.params.provider.CsvSource;

/** {@code GET /timeline}: buckets by day and ISO week, for an entity and for words. */
@QuarkusTest
@WithTestResource(ReadOnlyDatabaseResource.class)
class TimelineTest {

    private SyriaStory story;

    @BeforeEach
    void seed() {
        TestData.reset();
        story = TestData.seedSyriaStory();
        // Tuesday 2019-08-13 (same ISO week as the story's Monday) and Monday 2019-08-19 (the next week)
        UUID sameWeek = TestData.seedArticle(Article.of("Syria again", "Syria said Syria would rebuild.", "AP",
                "2019-08-13T23:30:00Z", "2026-01-11T09:00:00Z"));
        UUID nextWeek = TestData.seedArticle(Article.of("Markets", "Syria and markets.", "AP", null,
                "2019-08-19T06:00:00Z"));
        TestData.seedMention(sameWeek, story.syriaId(), "Syria");
        TestData.seedMention(nextWeek, story.syriaId(), "Syria");
        TestData.seedClaim(sameWeek, 0, "INDIRECT", "Syria would rebuild", "Syria", story.syriaId());
    }

    @Test
    void countsPerDayForAnEntity() {
        given().queryParam("entity", story.syriaId()).get("/timeline")
                .then().statusCode(200)
                .body("interval", is("day"))
                .body("entityId", is((int) story.syriaId()))
                .body("truncated", is(false))
                .body("buckets.start", contains("2019-08-12", "2019-08-13", "2019-08-19"))
                .body("buckets.documents", contains(1, 1, 1))
                .body("buckets.claims", contains(1, 1, 0))
                .body("buckets.mentions", contains(1, 1, 1));
    }

    @Test
    void weeksStartOnMonday() {
        given().queryParam("entity", story.syriaId()).queryParam("interval", "WEEK").get("/timeline")
                .then().statusCode(200)
                .body("interval", is("week"))
                .body("buckets.start", contains("2019-08-12", "2019-08-19"))
                .body("buckets.documents", contains(2, 1))
                .body("buckets.claims", contains(2, 0));
    }

    @Test
    void countsForWordsAndWithinBounds() {
        given().queryParam("q", "regroup").queryParam("interval", "week").get("/timeline")
                .then().statusCode(200)
                .body("q", is("regroup"))
                .body("buckets.start", contains("2019-08-12"))
                .body("buckets.documents", contains(1))
                .body("buckets.claims", contains(1))
                .body("buckets.mentions", contains(7));
        given().queryParam("entity", story.syriaId()).queryParam("from", "2019-08-13").queryParam("to", "2019-08-13")
                .get("/timeline")
                .then().statusCode(200)
                .body("buckets.start", contains("2019-08-13"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"interval|month", "interval|hour", "from|2019-13-01", "entity|syria"})
    void rejectsBadValuesNamingTheParameter(String parameter, String value) {
        var request = given().queryParam(parameter, value);
        if (!parameter.equals("entity")) {
            request.queryParam("entity", story.syriaId());
        }
        request.get("/timeline").then().statusCode(400).body("field", is(parameter));
    }

    @Test
    void needsExactlyOneOfEntityAndQ() {
        given().get("/timeline").then().statusCode(400).body("field", is("entity"));
        given().queryParam("entity", story.syriaId()).queryParam("q", "Syria").get("/timeline")
                .then().statusCode(400).body("field", is("q"));
    }
}
