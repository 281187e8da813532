package org.claimlens.query.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.both;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.claimlens.query.support.Article;
import org.claimlens.query.support.ReadOnlyDatabaseResource;
import org.claimlens.query.support.SyriaStory;
import org.claimlens.query.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code GET /claims/{id}/similar}: the same assertion in other documents, and who carried it first. */
@QuarkusTest
@WithTestResource(ReadOnlyDatabaseResource.class)
class SimilarClaimsTest {

    static final String EARLIER_CLAIM = "the Islamic State could regroup in Syria within a year or so";
    static final String LATER_CLAIM = "The Islamic State could regroup in Syria within one year";
    /** Built like the others, trigram-similar above 0.5, but another assertion: another place, another time. */
    static final String ALIKE_CLAIM = "the Islamic State could regroup in Libya within a decade";

    private SyriaStory story;
    private UUID earlier;
    private UUID later;
    private long earlierClaim;
    private long laterClaim;
    private UUID alike;
    private long alikeClaim;

    @BeforeEach
    void seed() {
        TestData.reset();
        story = TestData.seedSyriaStory();
        earlier = TestData.seedArticle(Article.of("Officials fear ISIS comeback",
                "Officials said " + EARLIER_CLAIM + ".", "AP", "2019-08-10T08:00:00Z", "2026-01-11T09:00:00Z"));
        later = TestData.seedArticle(Article.of("Analysts on Syria", LATER_CLAIM + ", analysts said.", "BBC",
                null, "2019-08-14T09:00:00Z"));
        UUID unrelated = TestData.seedArticle(Article.of("Wheat", "Prices of wheat rose sharply in Chicago, "
                + "traders said.", "AP", "2019-08-11T08:00:00Z", "2026-01-11T09:00:00Z"));
        alike = TestData.seedArticle(Article.of("Libya", "Officials said " + ALIKE_CLAIM + ".", "AP",
                "2019-08-09T08:00:00Z", "2026-01-11T09:00:00Z"));
        earlierClaim = TestData.seedClaim(earlier, 0, "INDIRECT", EARLIER_CLAIM, "Officials", null);
        laterClaim = TestData.seedClaim(later, 0, "INDIRECT", LATER_CLAIM, "analysts", null);
        TestData.seedClaim(unrelated, 0, "INDIRECT", "Prices of wheat rose sharply in Chicago", "traders", null);
        alikeClaim = TestData.seedClaim(alike, 0, "INDIRECT", ALIKE_CLAIM, "Officials", null);
        // the claims' word frequencies decide which words are rarest; without statistics the longest count as rarest
        TestData.analyse();
    }

    @Test
    void findsTheSameAssertionInOtherDocumentsOnly() {
        given().get("/claims/{id}/similar", story.traversClaimId())
                .then().statusCode(200)
                .body("claimId", is((int) story.traversClaimId()))
                .body("threshold", is(0.5f))
                .body("items.id", containsInAnyOrder((int) earlierClaim, (int) laterClaim))
                .body("items.similarity", everyItem(both(greaterThanOrEqualTo(0.5f)).and(lessThanOrEqualTo(1f))))
                .body("items.find { it.id == " + earlierClaim + " }.document.id", is(earlier.toString()))
                .body("items.find { it.id == " + earlierClaim + " }.document.source", is("AP"))
                .body("items.find { it.id == " + laterClaim + " }.content", is(LATER_CLAIM));
    }

    @Test
    void aClaimBuiltAlikeAboutSomethingElseIsNotTheSameClaim() {
        given().queryParam("threshold", "0.4").get("/claims/{id}/similar", story.traversClaimId())
                .then().statusCode(200)
                .body("items.id", containsInAnyOrder((int) earlierClaim, (int) laterClaim));
        given().get("/claims/{id}/similar", alikeClaim)
                .then().statusCode(200)
                .body("items", is(empty()))
                .body("firstCarriedBy.id", is(alike.toString()));
    }

    @Test
    void firstCarriedByIsTheEarliestPublishedElseIngestedDocument() {
        given().get("/claims/{id}/similar", story.traversClaimId())
                .then().statusCode(200)
                .body("firstCarriedBy.id", is(earlier.toString()))
                .body("firstCarriedBy.publishedAt", is("2019-08-10T08:00:00Z"));
        // from the later claim's view the group is the same, and so is its first carrier
        given().get("/claims/{id}/similar", laterClaim)
                .then().statusCode(200)
                .body("firstCarriedBy.id", is(earlier.toString()));
    }

    @Test
    void aHighThresholdLeavesTheClaimAsItsOwnFirstCarrier() {
        given().queryParam("threshold", "0.99").get("/claims/{id}/similar", story.traversClaimId())
                .then().statusCode(200)
                .body("items", is(empty()))
                .body("firstCarriedBy.id", is(story.documentId().toString()));
    }

    @Test
    void rejectsBadThresholdsAndUnknownClaims() {
        for (String bad : new String[] {"0", "1.5", "high", "NaN"}) {
            given().queryParam("threshold", bad).get("/claims/{id}/similar", story.traversClaimId())
                    .then().statusCode(400).body("field", is("threshold"));
        }
        given().get("/claims/424242/similar").then().statusCode(404);
        given().get("/claims/x/similar").then().statusCode(400).body("field", is("id"));
    }
}
