package org.claimlens.analysis.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.claimlens.analysis.extraction.Certainty;
import org.claimlens.analysis.extraction.ChainLink;
import org.claimlens.analysis.extraction.CheckWorthinessScore;
import org.claimlens.analysis.extraction.Claim;
import org.claimlens.analysis.extraction.ClaimKind;
import org.claimlens.analysis.extraction.DocumentAnalysis;
import org.claimlens.analysis.extraction.DocumentEntity;
import org.claimlens.analysis.extraction.EntityType;
import org.claimlens.analysis.extraction.Mention;
import org.claimlens.analysis.extraction.Quantity;
import org.claimlens.analysis.extraction.Span;
import org.claimlens.analysis.support.TestDatabase;
import org.claimlens.contract.DocumentIngested;
import org.claimlens.infra.quarkus.KafkaResource;
import org.claimlens.infra.quarkus.PostgresResource;
import org.junit.jupiter.api.Test;

/** Certainty, check-worthiness, numbers, attribution chain and entities of a claim reach their tables, once. */
@QuarkusTest
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(PostgresResource.class)
class AnalysisWriterTest {

    private static final String TEXT = "Eric Schmitt reported for The Times. Officials said more than 86,000 "
            + "militants had been killed in Syria. Russia is winning.";

    @Inject
    AnalysisWriter writer;

    @Test
    void storesTheDetailsOfAClaimInTheirOwnRows() {
        String id = UUID.randomUUID().toString();
        assertThat(writer.writeAnalysed(event(id), analysis(), "test-1")).isTrue();

        assertThat(TestDatabase.string("SELECT certainty || ' ' || certainty_score || ' ' || certainty_cue "
                + "|| ' ' || check_worthy FROM claim WHERE document_id = ?::uuid AND ordinal = 0", id))
                .isEqualTo("HEDGED 0.4 estimated true");
        assertThat(TestDatabase.string("SELECT string_agg(s.role || ':' || s.name || ':' || coalesce(e.name, '-'), "
                + "' > ' ORDER BY s.depth) FROM claim_source s JOIN claim c ON c.id = s.claim_id "
                + "LEFT JOIN entity e ON e.id = s.entity_id WHERE c.document_id = ?::uuid AND c.ordinal = 0", id))
                .isEqualTo("AUTHOR:A. Writer:- > OUTLET:The Times:The New York Times > SPEAKER:Officials:-");
        assertThat(TestDatabase.string("SELECT approximation || ' ' || value || ' ' || unit || ' ' || text "
                + "FROM claim_quantity q JOIN claim c ON c.id = q.claim_id WHERE c.document_id = ?::uuid", id))
                .isEqualTo("MORE_THAN 86000 militants more than 86,000 militants");
        assertThat(TestDatabase.string("SELECT e.name FROM claim_entity ce JOIN claim c ON c.id = ce.claim_id "
                + "JOIN entity e ON e.id = ce.entity_id WHERE c.document_id = ?::uuid", id)).isEqualTo("Syria");
    }

    @Test
    void namesTheAuthorAsClaimantOfTheArticlesOwnAssertions() {
        String id = UUID.randomUUID().toString();
        writer.writeAnalysed(event(id), analysis(), "test-1");

        assertThat(TestDatabase.string("SELECT kind || ' ' || claimant || ' ' || coalesce(claimant_start, -1) "
                + "FROM claim WHERE document_id = ?::uuid AND ordinal = 1", id)).isEqualTo("AUTHOR A. Writer -1");
    }

    @Test
    void aQuotationNobodyIsNamedForIsNotTheAuthors() {
        String id = UUID.randomUUID().toString();
        Claim quote = new Claim(span("Russia is winning."), ClaimKind.DIRECT_QUOTE, null, null, null, 2)
                .withChain(List.of(new ChainLink(ChainLink.ChainRole.AUTHOR, "A. Writer", null, null, null)));
        writer.writeAnalysed(event(id), new DocumentAnalysis("en", 20, 3, List.of(), List.of(), List.of(quote)),
                "test-1");

        assertThat(TestDatabase.string("SELECT kind || ' ' || coalesce(claimant, 'nobody') FROM claim "
                + "WHERE document_id = ?::uuid", id)).isEqualTo("DIRECT_QUOTE nobody");
    }

    @Test
    void reanalysisReplacesTheDetailRowsInsteadOfAddingToThem() {
        String id = UUID.randomUUID().toString();
        writer.writeAnalysed(event(id), analysis(), "test-1");
        writer.writeAnalysed(event(id), analysis(), "test-2");

        assertThat(TestDatabase.count("SELECT count(*) FROM claim_source s JOIN claim c ON c.id = s.claim_id "
                + "WHERE c.document_id = ?::uuid", id)).isEqualTo(4);
        assertThat(TestDatabase.count("SELECT count(*) FROM claim_quantity q JOIN claim c ON c.id = q.claim_id "
                + "WHERE c.document_id = ?::uuid", id)).isEqualTo(1);
        assertThat(TestDatabase.count("SELECT count(*) FROM claim_entity ce JOIN claim c ON c.id = ce.claim_id "
                + "WHERE c.document_id = ?::uuid", id)).isEqualTo(1);
    }

    @Test
    void storesEveryMentionWithItsEntityAndTheEntitiesAliasesOnce() {
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        writer.writeAnalysed(event(first), analysis(), "test-1");
        writer.writeAnalysed(event(second), analysis(), "test-1");

        assertThat(TestDatabase.string("SELECT string_agg(m.surface || '@' || m.start_offset || '-' || m.end_offset "
                + "|| ':' || e.name, ', ' ORDER BY m.start_offset) FROM mention m JOIN entity e ON e.id = m.entity_id "
                + "WHERE m.document_id = ?::uuid", second))
                .isEqualTo("The Times@26-35:The New York Times, Syria@98-103:Syria");
        assertThat(TestDatabase.count("SELECT count(DISTINCT entity_id) FROM mention "
                + "WHERE document_id IN (?::uuid, ?::uuid)", first, second)).isEqualTo(2);
        assertThat(TestDatabase.string("SELECT string_agg(a.alias, ', ' ORDER BY a.alias) FROM entity_alias a "
                + "JOIN entity e ON e.id = a.entity_id WHERE e.canonical_key = ?", "nyt")).isEqualTo("The Times");
    }

    private static DocumentIngested event(String id) {
        return new DocumentIngested(UUID.randomUUID().toString(), DocumentIngested.SCHEMA_VERSION, Instant.now(), id,
                UUID.randomUUID().toString(), null, "Syria", null, "Gazette", "A. Writer", null, TEXT);
    }

    private static DocumentAnalysis analysis() {
        Span times = span("The Times");
        Span officials = span("Officials");
        Span said = span("said");
        Span content = span("more than 86,000 militants had been killed in Syria");
        Claim reported = new Claim(content, ClaimKind.INDIRECT, officials, null, said, 1)
                .withChain(List.of(new ChainLink(ChainLink.ChainRole.AUTHOR, "A. Writer", null, null, null),
                        new ChainLink(ChainLink.ChainRole.OUTLET, "The Times", times, "nyt", null),
                        new ChainLink(ChainLink.ChainRole.SPEAKER, "Officials", officials, null, said)))
                .withCertainty(new Certainty(Certainty.Level.HEDGED, 0.4, new Span(0, 9, "estimated")))
                .withQuantities(List.of(new Quantity(span("more than 86,000 militants"), 86_000, null,
                        Quantity.Approximation.MORE_THAN, "militants")))
                .withAboutEntityKeys(List.of("syria"))
                .withCheckWorthiness(new CheckWorthinessScore(0.9, true));
        Claim own = new Claim(span("Russia is winning."), ClaimKind.AUTHOR, null, null, null, 2)
                .withChain(List.of(new ChainLink(ChainLink.ChainRole.AUTHOR, "A. Writer", null, null, null)));
        return new DocumentAnalysis("en", 20, 3,
                List.of(mention("The Times", EntityType.ORGANIZATION, 0, "nyt"),
                        mention("Syria", EntityType.LOCATION, 1, "syria")),
                List.of(new DocumentEntity("nyt", EntityType.ORGANIZATION, "The New York Times", List.of("The Times")),
                        new DocumentEntity("syria", EntityType.LOCATION, "Syria", List.of("Syria"))),
                List.of(reported, own));
    }

    private static Mention mention(String text, EntityType type, int sentence, String key) {
        Span span = span(text);
        return new Mention(span.start(), span.end(), text, type, sentence, key);
    }

    private static Span span(String text) {
        int start = TEXT.indexOf(text);
        return new Span(start, start + text.length(), text);
    }
}
