package org.claimlens.analysis.extraction;

import java.time.LocalDate;

/**
 * A time expression in or around a claim ("last week", "on Wednesday", "in late September") and the period it
 * denotes, resolved against the article's publication date. {@code from} and {@code to} (inclusive) are null when
 * the article has no publication date to resolve against.
 */
public record TimeReference(Span expression, LocalDate from, LocalDate to, Granularity granularity) {

    /** The size of the period an expression names. */
    public enum Granularity { DAY, WEEK, MONTH, YEAR }
}
