package org.claimlens.query.api;

/** How a claim is reported, as stored; a {@code kind} filter must name one of them. */
public enum ClaimKind {
    DIRECT_QUOTE, INDIRECT, AUTHOR
}
