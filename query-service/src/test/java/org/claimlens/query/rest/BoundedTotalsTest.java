package org.claimlens.query.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.claimlens.query.support.ManyRows;
import org.claimlens.query.support.ReadOnlyDatabaseResource;
import org.claimlens.query.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Lists count exactly up to 1,000 matches; past that the total says "at least 1,000" ({@code totalExact} false)
 * and the page comes from walking the sort order instead of sorting the matches. Both ways give the same order.
 */
@QuarkusTest
@WithTestResource(ReadOnlyDatabaseResource.class)
class BoundedTotalsTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final int PER_DOCUMENT = 400;

    private UUID newest;
    private UUID middle;

    @BeforeEach
    void seed() {
        TestData.reset();
        ManyRows.seedRepeatedClaims("The harvest failed in Arles", PER_DOCUMENT, "Bulk", NOW.minusSeconds(7_200));
        newest = ManyRows.seedRepeatedClaims("The harvest failed in Brest", PER_DOCUMENT, "Bulk", NOW);
        middle = ManyRows.seedRepeatedClaims("The harvest failed in Lille", PER_DOCUMENT, "Bulk",
                NOW.minusSeconds(3_600));
    }

    @Test
    void moreThanAThousandMatchesGiveALowerBoundAndTheNewestFirst() {
        given().queryParam("q", "harvest").get("/claims")
                .then().statusCode(200)
                .body("total", is(1000))
                .body("totalExact", is(false))
                .body("items.documentId", everyItem(is(newest.toString())))
                .body("items.contentStart", contains(starts(0, 20).toArray()));
        // the second document begins on page 20 (claims 400 to 419)
        given().queryParam("q", "harvest").queryParam("page", 20).get("/claims")
                .then().statusCode(200)
                .body("totalExact", is(false))
                .body("items.documentId", everyItem(is(middle.toString())))
                .body("items.contentStart", contains(starts(0, 20).toArray()));
    }

    @Test
    void upToAThousandMatchesAreCountedAndSortedTheSameWay() {
        given().queryParam("q", "lille").get("/claims")
                .then().statusCode(200)
                .body("total", is(PER_DOCUMENT))
                .body("totalExact", is(true))
                .body("items.documentId", everyItem(is(middle.toString())))
                .body("items.contentStart", contains(starts(0, 20).toArray()));
        given().queryParam("q", "lille").queryParam("page", 19).get("/claims")
                .then().statusCode(200)
                .body("items.contentStart", contains(starts(380, 20).toArray()));
        given().queryParam("q", "lille").queryParam("page", 20).get("/claims")
                .then().statusCode(200)
                .body("total", is(PER_DOCUMENT))
                .body("items.size()", is(0));
    }

    @Test
    void documentListsCountTheSameWay() {
        ManyRows.seedDocuments("Wire", 1_001, NOW);
        given().queryParam("source", "Wire").queryParam("size", 3).get("/documents")
                .then().statusCode(200)
                .body("total", is(1000))
                .body("totalExact", is(false))
                .body("items.title", contains("Bulk 0", "Bulk 1", "Bulk 2"));
        given().queryParam("source", "Bulk").get("/documents")
                .then().statusCode(200)
                .body("total", is(3))
                .body("totalExact", is(true));
    }

    /** Content offsets of claims {@code first} to {@code first + count - 1} of a seeded document. */
    private static List<Integer> starts(int first, int count) {
        int length = "The harvest failed in Lille".length() + 2;
        return IntStream.range(first, first + count).map(i -> i * length).boxed().toList();
    }
}
