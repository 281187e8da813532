package org.claimlens.query.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.claimlens.query.support.ReadOnlyDatabaseResource;
import org.junit.jupiter.api.Test;

/** The service's own datasource is the read-only login: it reads, and every kind of write fails. */
@QuarkusTest
@WithTestResource(ReadOnlyDatabaseResource.class)
class ReadOnlyDataSourceTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void connectsAsTheQueryLogin() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT current_user, current_setting('transaction_read_only')")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("claimlens_query");
            assertThat(rs.getString(2)).isEqualTo("on");
        }
    }

    @Test
    void insertFailsInTheDefaultReadOnlyTransaction() {
        assertThatThrownBy(() -> execute("INSERT INTO entity (type, canonical_key, name) VALUES ('PERSON', 'x', 'X')"))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("read-only transaction");
    }

    @Test
    void writesFailEvenInAnExplicitReadWriteTransaction() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("SET TRANSACTION READ WRITE");
                assertThatThrownBy(() -> s.executeUpdate(
                        "UPDATE document SET title = 'changed'"))
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("permission denied for table document");
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        }
    }

    @Test
    void cannotCreateTables() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("SET TRANSACTION READ WRITE");
                assertThatThrownBy(() -> s.execute("CREATE TABLE sneaky (id int)"))
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("permission denied for schema public");
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }
}
