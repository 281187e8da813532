package org.claimlens.query.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.UUID;
import org.claimlens.query.export.ClaimCsv;
import org.claimlens.query.support.Article;
import org.claimlens.query.support.ReadOnlyDatabaseResource;
import org.claimlens.query.support.SyriaStory;
import org.claimlens.query.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code GET /claims/export}: CSV quoting and formula guard, ClaimReview JSON-LD shape, filters and bounds. */
@QuarkusTest
@WithTestResource(ReadOnlyDatabaseResource.class)
class ClaimExportTest {

    static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"click, now\")";
    static final String TWO_LINES = "+1 on line one\nand line two";

    private SyriaStory story;
    private UUID hostile;

    @BeforeEach
    void seed() {
        TestData.reset();
        story = TestData.seedSyriaStory();
        hostile = TestData.seedArticle(Article.of("Hostile, \"quoted\" title",
                "@ops wrote " + FORMULA + " then " + TWO_LINES + ".", "AP", null, "2026-01-11T09:00:00Z"));
        TestData.seedClaim(hostile, 0, "AUTHOR", FORMULA, "@ops", null);
        TestData.seedClaim(hostile, 1, "AUTHOR", TWO_LINES, null, null);
    }

    @Test
    void csvHasAHeaderQuotesFieldsAndGuardsFormulas() {
        String csv = given().queryParam("format", "csv").queryParam("document", hostile.toString())
                .get("/claims/export")
                .then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("claims.csv"))
                .extract().asString();
        String[] records = csv.split("\r\n(?=\\d|$)");
        assertThat(records[0]).isEqualTo(ClaimCsv.HEADER);
        assertThat(records).hasSize(3);
        assertThat(records[1]).contains(",AUTHOR,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click, now\"\")\",'@ops,")
                .contains(",\"Hostile, \"\"quoted\"\" title\",");
        assertThat(records[2]).contains(",AUTHOR,\"'+1 on line one\nand line two\",,")
                .contains(",Staff reporter,,2026-01-11T09:00:00Z");
        assertThat(csv).endsWith("\r\n");
    }

    @Test
    void csvAppliesFiltersAndLimit() {
        String csv = given().queryParam("format", "CSV").queryParam("claimant", story.traversId())
                .get("/claims/export").then().statusCode(200).extract().asString();
        assertThat(csv.split("\r\n")).hasSize(2);
        assertThat(csv).contains(SyriaStory.TRAVERS_CLAIM + ",Russell Travers," + story.traversId()
                + ",Russell Travers,PERSON," + story.documentId());
        String limited = given().queryParam("format", "csv").queryParam("limit", 1).get("/claims/export")
                .then().statusCode(200).extract().asString();
        assertThat(limited.split("\r\n(?=\\d|$)")).hasSize(2);
    }

    @Test
    void jsonLdIsASchemaOrgGraphOfClaimReviews() {
        String body = given().queryParam("claimant", story.traversId()).get("/claims/export")
                .then().statusCode(200)
                .contentType(startsWith("application/ld+json"))
                .extract().asString();
        JsonPath json = JsonPath.from(body);
        assertThat(json.getString("'@context'")).isEqualTo("https://schema.org");
        assertThat(json.getList("'@graph'")).hasSize(1);
        assertThat(json.getString("'@graph'[0].'@type'")).isEqualTo("ClaimReview");
        assertThat(json.getString("'@graph'[0].claimReviewed")).isEqualTo(SyriaStory.TRAVERS_CLAIM);
        assertThat(json.getString("'@graph'[0].itemReviewed.'@type'")).isEqualTo("Claim");
        assertThat(json.getString("'@graph'[0].itemReviewed.author.'@type'")).isEqualTo("Person");
        assertThat(json.getString("'@graph'[0].itemReviewed.author.name")).isEqualTo("Russell Travers");
        assertThat(json.getString("'@graph'[0].itemReviewed.datePublished")).isEqualTo(SyriaStory.PUBLISHED_AT);
        assertThat(json.getString("'@graph'[0].itemReviewed.appearance.'@type'")).isEqualTo("NewsArticle");
        assertThat(json.getString("'@graph'[0].itemReviewed.appearance.url"))
                .isEqualTo("https://news.example.org/" + story.documentId());
        assertThat(json.getString("'@graph'[0].itemReviewed.appearance.headline")).isEqualTo(SyriaStory.TITLE);
        assertThat(json.getString("'@graph'[0].itemReviewed.appearance.publisher.name")).isEqualTo("Reuters");
    }

    @Test
    void jsonLdNamesAnUnresolvedClaimantWithoutGuessingItsTypeAndTheAuthorOfAuthorClaims() {
        JsonPath json = JsonPath.from(given().queryParam("format", "jsonld").queryParam("document", hostile.toString())
                .get("/claims/export").then().statusCode(200).extract().asString());
        assertThat(json.getString("'@graph'[0].itemReviewed.author.name")).isEqualTo("@ops");
        assertThat(json.getString("'@graph'[0].itemReviewed.author.'@type'")).isNull();
        assertThat(json.getString("'@graph'[1].itemReviewed.author.name")).isEqualTo("Staff reporter");
        assertThat(json.getString("'@graph'[1].itemReviewed.datePublished")).isEqualTo("2026-01-11T09:00:00Z");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"format|xml", "limit|0", "limit|10001", "kind|OPINION", "from|soon"})
    void rejectsBadValuesNamingTheParameter(String parameter, String value) {
        given().queryParam(parameter, value).get("/claims/export")
                .then().statusCode(400)
                .body("field", is(parameter));
    }
}
