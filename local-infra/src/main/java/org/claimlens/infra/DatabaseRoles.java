package org.claimlens.infra;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Creates the database and its roles idempotently: an owning role that migrates and writes, a NOLOGIN group
 * that holds read grants (the migrations grant to it), and a login for the query service inside that group.
 */
public final class DatabaseRoles {

    public static final String DATABASE = "claimlens";
    public static final String OWNER = "claimlens";
    public static final String READ_GROUP = "claimlens_read";
    public static final String READER = "claimlens_query";

    private DatabaseRoles() {
    }

    /** Runs as a superuser connection on the server's maintenance database. */
    public static void provision(String superuserJdbcUrl, String superuser, String superuserPassword,
                                 String ownerPassword, String readerPassword) throws SQLException {
        try (Connection c = DriverManager.getConnection(superuserJdbcUrl, superuser, superuserPassword);
             Statement s = c.createStatement()) {
            s.execute(upsertLogin(OWNER, ownerPassword));
            s.execute(createGroupIfMissing(READ_GROUP));
            s.execute(upsertLogin(READER, readerPassword));
            s.execute("GRANT " + READ_GROUP + " TO " + READER);
            // a reader must never write, even through default PUBLIC privileges on new schemas
            s.execute("ALTER ROLE " + READER + " SET default_transaction_read_only = on");
            var rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'");
            if (!rs.next()) {
                s.execute("CREATE DATABASE " + DATABASE + " OWNER " + OWNER);
            }
        }
        String dbUrl = superuserJdbcUrl.substring(0, superuserJdbcUrl.lastIndexOf('/') + 1) + DATABASE;
        try (Connection c = DriverManager.getConnection(dbUrl, superuser, superuserPassword);
             Statement s = c.createStatement()) {
            s.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
            s.execute("ALTER SCHEMA public OWNER TO " + OWNER);
        }
    }

    private static String upsertLogin(String role, String password) {
        String pw = password.replace("'", "''");
        return "DO $$ BEGIN "
                + "IF EXISTS (SELECT FROM pg_roles WHERE rolname = '" + role + "') THEN "
                + "ALTER ROLE " + role + " LOGIN PASSWORD '" + pw + "'; "
                + "ELSE CREATE ROLE " + role + " LOGIN PASSWORD '" + pw + "'; END IF; END $$";
    }

    private static String createGroupIfMissing(String role) {
        return "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + role + "') THEN "
                + "CREATE ROLE " + role + " NOLOGIN; END IF; END $$";
    }
}
