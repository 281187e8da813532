package org.claimlens.query.api;

/** An entity a claim is about, enough to link to it. */
public record EntityRef(long id, String name, String type) {
}
