package org.claimlens.analysis.processing;

import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Predicate;
import javax.transaction.xa.XAException;

/**
 * Tells failures of the database as a service (unreachable, restarting, out of connections, a deadlock to retry)
 * from failures of the data (a constraint, a value out of range), which retrying cannot fix. Causes and suppressed
 * exceptions are both searched: the transaction manager attaches what broke a commit as suppressed.
 */
public final class TransientDatabaseFailures {

    /** SQLSTATE classes: 08 connection exception, 53 insufficient resources, 57P operator intervention. */
    private static final Set<String> TRANSIENT_CLASSES = Set.of("08", "53", "57");
    /** serialization_failure, deadlock_detected */
    private static final Set<String> TRANSIENT_STATES = Set.of("40001", "40P01");

    private TransientDatabaseFailures() {
    }

    public static boolean isTransient(Throwable failure) {
        return anyInChain(failure, t -> t instanceof SQLTransientException || t instanceof SQLRecoverableException
                || t instanceof SocketException || t instanceof SocketTimeoutException
                || t instanceof DatabaseUnavailableException
                || (t instanceof XAException xa && isTransient(xa))
                || (t instanceof SQLException sql && isTransient(sql)));
    }

    /** True when the chain holds an SQL error with a state that names the data (class 22, 23, 42 and the like). */
    public static boolean isFailureOfTheData(Throwable failure) {
        return anyInChain(failure, t -> t instanceof SQLException sql && sql.getSQLState() != null
                && !isTransient(sql) && !sql.getSQLState().startsWith("XX"));
    }

    private static boolean anyInChain(Throwable failure, Predicate<Throwable> test) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> pending = new ArrayDeque<>();
        if (failure != null) {
            pending.add(failure);
        }
        while (!pending.isEmpty()) {
            Throwable t = pending.poll();
            if (!seen.add(t)) {
                continue;
            }
            if (test.test(t)) {
                return true;
            }
            if (t.getCause() != null) {
                pending.add(t.getCause());
            }
            Collections.addAll(pending, t.getSuppressed());
            if (t instanceof SQLException sql && sql.getNextException() != null) {
                pending.add(sql.getNextException());
            }
        }
        return false;
    }

    /** The resource manager failed or the commit's communication broke: the transaction can be tried again. */
    private static boolean isTransient(XAException xa) {
        return xa.errorCode == XAException.XAER_RMFAIL || xa.errorCode == XAException.XA_RBCOMMFAIL
                || xa.errorCode == XAException.XA_RETRY;
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
