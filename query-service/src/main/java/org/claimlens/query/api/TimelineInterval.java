package org.claimlens.query.api;

/** The width of a timeline bucket; weeks start on Monday (ISO), both in UTC. */
public enum TimelineInterval {
    DAY, WEEK
}
