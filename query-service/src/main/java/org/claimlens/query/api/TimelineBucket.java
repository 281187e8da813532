package org.claimlens.query.api;

import java.time.LocalDate;

/** Counts for one day or week (starting {@code start}, UTC): documents, their matching claims, and mentions. */
public record TimelineBucket(LocalDate start, long documents, long claims, long mentions) {
}
