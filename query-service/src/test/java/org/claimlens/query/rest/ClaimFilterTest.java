package org.claimlens.query.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.claimlens.query.support.Article;
import org.claimlens.query.support.ReadOnlyDatabaseResource;
import org.claimlens.query.support.SyriaStory;
import org.claimlens.query.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The claimant, kind, document and time filters of {@code GET /claims}, alone and combined. */
@QuarkusTest
@WithTestResource(ReadOnlyDatabaseResource.class)
class ClaimFilterTest {

    static final String ANKARA_BODY = "Recep Tayyip Erdoğan said: \"Turkey will not wait.\" The army is ready.";

    private SyriaStory story;
    private UUID ankara;
    private long erdogan;
    private int quote;
    private int authorClaim;

    @BeforeEach
    void seed() {
        TestData.reset();
        story = TestData.seedSyriaStory();
        ankara = TestData.seedArticle(Article.of("Ankara warns", ANKARA_BODY, "AFP", "2026-01-03T10:00:00Z",
                "2026-01-04T10:00:00Z"));
        erdogan = TestData.seedEntity("PERSON", "Recep Tayyip Erdoğan", "Erdoğan");
        TestData.seedMention(ankara, erdogan, "Recep Tayyip Erdoğan");
        quote = (int) TestData.seedClaim(ankara, 0, "DIRECT_QUOTE", "Turkey will not wait.",
                "Recep Tayyip Erdoğan", erdogan);
        authorClaim = (int) TestData.seedClaim(ankara, 1, "AUTHOR", "The army is ready", null, null);
    }

    @Test
    void claimantMeansMadeByNotMentioned() {
        expect("claimant", String.valueOf(story.traversId()), (int) story.traversClaimId());
        expect("claimant", String.valueOf(erdogan), quote);
        expect("claimant", String.valueOf(story.syriaId()));
        expect("entity", String.valueOf(story.syriaId()), (int) story.traversClaimId());
    }

    @Test
    void filtersByKindInAnyCase() {
        expect("kind", "DIRECT_QUOTE", quote);
        expect("kind", "author", authorClaim);
        expect("kind", "indirect", (int) story.traversClaimId(), (int) story.spokesmanClaimId());
    }

    @Test
    void filtersByDocument() {
        expect("document", ankara.toString(), quote, authorClaim);
        expect("document", UUID.randomUUID().toString());
    }

    @Test
    void filtersByPublicationTimeOfTheDocument() {
        expect("from", "2026-01-01", quote, authorClaim);
        expect("to", "2019-08-12", (int) story.traversClaimId(), (int) story.spokesmanClaimId());
        given().queryParam("from", "2019-08-12T14:30:00Z").queryParam("to", "2019-08-12T14:30:01Z").get("/claims")
                .then().statusCode(200).body("total", is(2));
    }

    @Test
    void combinesFiltersAndPrefixSearch() {
        expect("q", "regro*", (int) story.traversClaimId());
        given().queryParam("q", "wait").queryParam("kind", "DIRECT_QUOTE").queryParam("from", "2026-01-03")
                .queryParam("claimant", erdogan).get("/claims")
                .then().statusCode(200).body("items.id", is(List.of(quote)));
        given().queryParam("q", "wait").queryParam("kind", "AUTHOR").get("/claims")
                .then().statusCode(200).body("total", is(0));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"claimant|travers", "claimant|0", "kind|RUMOUR", "document|12",
            "from|last week", "to|2026-02-30"})
    void rejectsBadValuesNamingTheParameter(String parameter, String value) {
        given().queryParam(parameter, value).get("/claims")
                .then().statusCode(400)
                .body("field", is(parameter))
                .body("message", containsString(parameter));
    }

    @Test
    void rejectsARangeThatEndsBeforeItStarts() {
        given().queryParam("from", "2026-01-02").queryParam("to", "2026-01-01").get("/claims")
                .then().statusCode(400).body("field", is("to"));
    }

    private static void expect(String parameter, String value, Integer... ids) {
        given().queryParam(parameter, value).get("/claims")
                .then().statusCode(200)
                .body("total", is(ids.length))
                .body("items.id", is(List.of(ids)));
    }
}
