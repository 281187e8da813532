package org.claimlens.analysis.processing;

/**
 * Whether the database answers at all. Asked when a database call failed with an exception that names no cause the
 * retry recognises: a commit that broke with the connection comes back from the transaction manager as a bare
 * rollback, its SQL cause lost, and must be waited out like any other outage rather than blamed on the document.
 */
@FunctionalInterface
public interface DatabaseProbe {

    boolean answers();
}
