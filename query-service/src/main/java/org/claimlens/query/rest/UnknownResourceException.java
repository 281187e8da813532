package org.claimlens.query.rest;

/** A well-formed id that names nothing stored; answered with 404. */
public class UnknownResourceException extends RuntimeException {

    public UnknownResourceException(String kind, Object id) {
        super(kind + " " + id + " not found");
    }
}
