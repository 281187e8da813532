package org.claimlens.query.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.claimlens.query.support.ReadOnlyDatabaseResource;
import org.junit.jupiter.api.Test;

/**
 * The search conditions are written so that PostgreSQL can use analysis-service's indexes. With sequential scans
 * disabled the plan must name those indexes; if an expression drifts from the index's, it cannot.
 */
@QuarkusTest
@WithTestResource(ReadOnlyDatabaseResource.class)
class SearchIndexUsageTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void entityPrefixSearchUsesTheFoldedNameAndAliasIndexes() throws SQLException {
        String plan = explain("SELECT e.id FROM entity e WHERE " + SearchSql.ENTITY_NAME_OR_ALIAS_LIKE,
                SearchSql.startsWith("Érd"));
        assertThat(plan).contains("entity_name_folded_idx").contains("entity_alias_folded_idx");
    }

    @Test
    void documentFullTextSearchUsesTheTitleAndBodyGinIndex() throws SQLException {
        String web = explain("SELECT d.id FROM document d WHERE " + SearchSql.DOCUMENT_TEXT_VECTOR + " @@ "
                + FullTextQuery.WEB_SEARCH.sql("q"), "\"islamic state\"");
        String prefix = explain("SELECT d.id FROM document d WHERE " + SearchSql.DOCUMENT_TEXT_VECTOR + " @@ "
                + FullTextQuery.PREFIX.sql("q"), FullTextQuery.PREFIX.parameter("regro*"));
        assertThat(web).contains("document_text_tsv_idx");
        assertThat(prefix).contains("document_text_tsv_idx");
    }

    @Test
    void similarClaimCandidatesComeFromTheFullTextIndex() throws SQLException {
        String words = DistinctiveWords.query(List.of("regroup", "islam", "syria", "within"));
        String plan = explain("SELECT c.id FROM claim c WHERE " + SearchSql.CLAIM_CONTENT_VECTOR
                + " @@ CAST(:words AS tsquery)", words);
        assertThat(plan).contains("claim_content_tsv_idx");
    }

    @Test
    void documentsOfOneSourceAreReadInTheirOrder() throws SQLException {
        String plan = explain("SELECT d.id FROM document d WHERE d.source = :source ORDER BY d.ingested_at DESC, d.id "
                + "LIMIT 20", "Reuters");
        assertThat(plan).contains("document_source_ingested_idx").doesNotContain("Sort");
    }

    @Test
    void claimsByOrAboutAnEntityUseBothIndexes() throws SQLException {
        String plan = explain("SELECT c.id FROM claim c WHERE "
                + SearchSql.CLAIM_BY_OR_ABOUT_ENTITY.replace(":entity", "7"), null);
        assertThat(plan).contains("claim_claimant_document_idx").contains("claim_entity_entity_idx");
    }

    @Test
    void combinedClaimFiltersUseOneIndex() throws SQLException {
        String plan = explain("SELECT c.id FROM claim c WHERE c.kind = 'INDIRECT' AND c.certainty = 'HEDGED' "
                + "AND c.check_worthiness >= 0.7", null);
        assertThat(plan).contains("claim_kind_certainty_worthiness_idx");
    }

    @Test
    void publishedSortCanReadThePublishedIndexInOrder() throws SQLException {
        String plan = explain("SELECT d.id FROM document d ORDER BY d.published_at DESC NULLS LAST, d.id "
                + "LIMIT 20", null);
        assertThat(plan).contains("document_published_at_idx");
    }

    @Test
    void claimFullTextSearchUsesTheGinIndex() throws SQLException {
        String web = explain("SELECT c.id FROM claim c WHERE " + SearchSql.CLAIM_CONTENT_VECTOR + " @@ "
                + FullTextQuery.WEB_SEARCH.sql("q"), "regroup");
        String prefix = explain("SELECT c.id FROM claim c WHERE " + SearchSql.CLAIM_CONTENT_VECTOR + " @@ "
                + FullTextQuery.PREFIX.sql("q"), FullTextQuery.PREFIX.parameter("regro*"));
        assertThat(web).contains("claim_content_tsv_idx");
        assertThat(prefix).contains("claim_content_tsv_idx");
    }

    @Test
    void claimsAboutAnEntityUseTheClaimEntityIndex() throws SQLException {
        String plan = explain("SELECT c.id FROM claim c WHERE " + SearchSql.claimAbout("entity").replace(":entity", "7"),
                null);
        assertThat(plan).contains("claim_entity_entity_idx");
    }

    @Test
    void likeWildcardsAreEscaped() {
        assertThat(SearchSql.startsWith("50%_off\\")).isEqualTo("50\\%\\_off\\\\%");
    }

    private String explain(String sql, String parameter) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("SET LOCAL enable_seqscan = off");
            }
            String jdbcSql = "EXPLAIN " + sql.replaceAll(":[a-z]+", "?");
            try (PreparedStatement s = c.prepareStatement(jdbcSql)) {
                for (int i = 1; i <= s.getParameterMetaData().getParameterCount(); i++) {
                    s.setString(i, parameter);
                }
                StringBuilder plan = new StringBuilder();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        plan.append(rs.getString(1)).append('\n');
                    }
                }
                return plan.toString();
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        }
    }
}
