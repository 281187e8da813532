package org.claimlens.query.api;

import java.time.LocalDate;

/**
 * The time a claim refers to: the expression in the text ("last week") with its offsets, and the period it names
 * resolved against the publication date, {@code from} and {@code to} inclusive; both null when the document has no
 * publication date. {@code granularity} is DAY, WEEK, MONTH or YEAR.
 */
public record ClaimTime(String expression, int start, int end, LocalDate from, LocalDate to, String granularity) {
}
