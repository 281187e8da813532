package org.claimlens.query.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
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

/** Metadata, time, full-text filters and sort orders of {@code GET /documents}. */
@QuarkusTest
@WithTestResource(ReadOnlyDatabaseResource.class)
class DocumentFilterTest {

    private String syria;
    private String french;
    private String ceasefire;

    @BeforeEach
    void seed() {
        TestData.reset();
        syria = TestData.seedSyriaStory().documentId().toString();
        french = id(Article.of("French turnout rises", "Le scrutin a attiré beaucoup d'électeurs.", "AFP",
                "2026-01-03T10:00:00Z", "2026-01-04T10:00:00Z").by("Marie Dupont").in("fr"));
        ceasefire = id(Article.of("Ceasefire talks resume in Geneva",
                "Delegations met on Monday to discuss a ceasefire.", "AP", null, "2026-01-05T08:00:00Z"));
    }

    @Test
    void filtersByAuthorAndLanguage() {
        expect("author", "Marie Dupont", french);
        expect("language", "fr", french);
        expect("author", "Nobody");
    }

    @Test
    void filtersByPublicationTimeWithWholeDaysInclusive() {
        expect("publishedFrom", "2026-01-01", french);
        expect("publishedTo", "2019-08-12", syria);
        expect("publishedTo", "2019-08-11");
        given().queryParam("publishedFrom", "2019-08-12T14:30:00Z").queryParam("publishedTo", "2026-01-03T10:00:00Z")
                .get("/documents").then().statusCode(200).body("items.id", contains(syria));
    }

    @Test
    void filtersByIngestionTime() {
        given().queryParam("ingestedFrom", "2026-01-05").queryParam("ingestedTo", "2026-01-05")
                .get("/documents").then().statusCode(200).body("items.id", contains(ceasefire));
        expect("ingestedFrom", "2026-01-05T10:00:00+01:00", syria);
    }

    @Test
    void searchesTitleAndBody() {
        expect("q", "ceasefire", ceasefire);
        expect("q", "Islamic State", syria);
        expect("q", "\"regroup in Syria\"", syria);
        expect("q", "\"Syria regroup\"");
        expect("q", "ceasefire -Geneva");
        expect("q", "ceasefire or turnout", ceasefire, french);
    }

    @Test
    void aTrailingStarSearchesByPrefix() {
        expect("q", "Gene*", ceasefire);
        expect("q", "regro* Syria", syria);
        expect("q", "xyzzy*");
        expect("q", "!ceasefi* |:( & <->", ceasefire);
    }

    @Test
    void sortsByTitleAndPublicationTimeEitherWay() {
        expect("sort", "title", ceasefire, french, syria);
        expect("sort", "-title", syria, french, ceasefire);
        expect("sort", "publishedAt", syria, french, ceasefire);
        expect("sort", "-publishedAt", french, syria, ceasefire);
        expect("sort", "ingestedAt", french, ceasefire, syria);
        expect("sort", "-ingestedAt", syria, ceasefire, french);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"publishedFrom|yesterday", "publishedTo|2026-13-01",
            "ingestedFrom|2026-01-10T09:00", "ingestedTo|10/01/2026", "sort|author", "sort|--title",
            "sort|TITLE"})
    void rejectsBadValuesNamingTheParameter(String parameter, String value) {
        given().queryParam(parameter, value).get("/documents")
                .then().statusCode(400)
                .body("status", is(400))
                .body("field", is(parameter))
                .body("message", containsString(parameter));
    }

    @Test
    void rejectsARangeThatEndsBeforeItStarts() {
        given().queryParam("publishedFrom", "2026-02-01").queryParam("publishedTo", "2026-01-01")
                .get("/documents").then().statusCode(400).body("field", is("publishedTo"));
    }

    private static void expect(String parameter, String value, String... ids) {
        given().queryParam(parameter, value).get("/documents")
                .then().statusCode(200)
                .body("total", is(ids.length))
                .body("items.id", is(List.of(ids)));
    }

    private static String id(Article article) {
        UUID id = TestData.seedArticle(article);
        return id.toString();
    }
}
