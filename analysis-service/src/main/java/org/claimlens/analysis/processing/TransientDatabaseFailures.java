package org.claimlens.analysis.processing;

import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;

/**
 * Tells failures of the database as a service (unreachable, restarting, out of connections, a deadlock to retry)
 * from failures of the data (a constraint, a value out of range), which retrying cannot fix.
 */
public final class TransientDatabaseFailures {

    /** SQLSTATE classes: 08 connection exception, 53 insufficient resources, 57P operator intervention. */
    private static final Set<String> TRANSIENT_CLASSES = Set.of("08", "53", "57");
    /** serialization_failure, deadlock_detected */
    private static final Set<String> TRANSIENT_STATES = Set.of("40001", "40P01");

    private TransientDatabaseFailures() {
    }

    public static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientException || t instanceof SQLRecoverableException
                    || t instanceof SocketException || t instanceof SocketTimeoutException
                    || t instanceof DatabaseUnavailableException) {
                return true;
            }
            if (t instanceof SQLException sql && isTransient(sql)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTransient(SQLException sql) {
        String state = sql.getSQLState();
        if (state == null) {
            // the connection pool says so only in words: no connection could be had in time
            return String.valueOf(sql.getMessage()).contains("Acquisition timeout");
        }
        return TRANSIENT_STATES.contains(state)
                || (state.length() >= 2 && TRANSIENT_CLASSES.contains(state.substring(0, 2)));
    }
}
