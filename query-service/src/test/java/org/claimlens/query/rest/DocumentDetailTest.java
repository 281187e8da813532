package org.claimlens.query.rest;

import static io.restassured.RestAssured.given;
import static org.claimlens.query.support.SyriaStory.offset;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
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
class DocumentDetailTest {

    private SyriaStory story;

    @BeforeEach
    void seed() {
        TestData.reset();
        story = TestData.seedSyriaStory();
    }

    @Test
    void returnsMetadataCountsAndText() {
        given().get("/documents/{id}", story.documentId())
                .then().statusCode(200)
                .body("id", is(story.documentId().toString()))
                .body("title", is(SyriaStory.TITLE))
                .body("publishedAt", is(SyriaStory.PUBLISHED_AT))
                .body("ingestedAt", is(SyriaStory.INGESTED_AT))
                .body("analysedAt", is("2026-01-10T09:00:02Z"))
                .body("status", is("ANALYSED"))
                .body("statusReason", is(nullValue()))
                .body("language", is("en"))
                .body("extractorVersion", is("test-extractor-1"))
                .body("tokenCount", is(SyriaStory.BODY.split("\\s+").length))
                .body("sentenceCount", is(3))
                .body("counts.mentions", is(7))
                .body("counts.entities", is(5))
                .body("counts.claims", is(2))
                .body("text", is(SyriaStory.BODY));
    }

    @Test
    void listsEntitiesByFirstMentionWithTheirMentions() {
        int third = offset(SyriaStory.THIRD_SENTENCE);
        given().get("/documents/{id}/entities", story.documentId())
                .then().statusCode(200)
                .body("name", contains("Russell Travers", "National Counterterrorism Center", "Islamic State",
                        "Syria", "Syrian Democratic Forces"))
                .body("type", contains("PERSON", "ORGANIZATION", "ORGANIZATION", "LOCATION", "ORGANIZATION"))
                .body("[0].entityId", is((int) story.traversId()))
                .body("[0].mentionCount", is(2))
                .body("[0].mentions.text", contains("Russell Travers", "Travers"))
                .body("[0].mentions.start", contains(0, offset("Travers", third)))
                .body("[0].mentions.end", contains(15, offset("Travers", third) + 7))
                .body("[0].mentions.sentenceIndex", contains(0, 2))
                .body("[4].mentions.text", contains("Syrian Democratic Forces", "SDF"));
    }

    @Test
    void listsClaimsInTextOrder() {
        given().get("/documents/{id}/claims", story.documentId())
                .then().statusCode(200)
                .body("id", contains((int) story.traversClaimId(), (int) story.spokesmanClaimId()))
                .body("[0].kind", is("INDIRECT"))
                .body("[0].content", is(SyriaStory.TRAVERS_CLAIM))
                .body("[0].contentStart", is(offset(SyriaStory.TRAVERS_CLAIM)))
                .body("[0].contentEnd", is(offset(SyriaStory.TRAVERS_CLAIM) + SyriaStory.TRAVERS_CLAIM.length()))
                .body("[0].claimant.text", is("Russell Travers"))
                .body("[0].claimant.start", is(0))
                .body("[0].claimant.end", is(15))
                .body("[0].claimant.entityId", is((int) story.traversId()))
                .body("[0].claimant.entityName", is("Russell Travers"))
                .body("[0].cue.text", is("said"))
                .body("[0].cue.start", is(offset("said")))
                .body("[0].sentenceIndex", is(0))
                .body("[0].extractorVersion", is("test-extractor-1"))
                .body("[1].claimant.text", is(SyriaStory.SPOKESMAN))
                .body("[1].claimant.entityId", is(nullValue()))
                .body("[1].sentenceIndex", is(1));
    }

    @Test
    void documentWithoutExtractionsHasEmptyLists() {
        UUID bare = TestData.seedDocument("Nothing here", "AP", "NOT_ANALYSED", null,
                java.time.Instant.parse("2026-01-01T00:00:00Z"), "language not supported");
        given().get("/documents/{id}", bare).then().statusCode(200)
                .body("statusReason", is("language not supported"))
                .body("counts.mentions", is(0));
        given().get("/documents/{id}/entities", bare).then().statusCode(200).body("size()", is(0));
        given().get("/documents/{id}/claims", bare).then().statusCode(200).body("size()", is(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/entities", "/claims"})
    void unknownDocumentIsNotFound(String suffix) {
        UUID unknown = UUID.fromString("00000000-0000-4000-8000-000000000123");
        given().get("/documents/" + unknown + suffix)
                .then().statusCode(404)
                .body("status", is(404))
                .body("error", is("Not Found"))
                .body("message", is("document " + unknown + " not found"))
                .body("field", is(nullValue()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/entities", "/claims"})
    void malformedIdIsBadRequestNamingId(String suffix) {
        given().get("/documents/not-a-uuid" + suffix)
                .then().statusCode(400)
                .body("status", is(400))
                .body("field", is("id"))
                .body("message", is("id must be a UUID"));
    }
}
