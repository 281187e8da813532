package org.claimlens.query.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Parses time bounds given as an ISO date ({@code 2026-01-10}, whole days in UTC) or an ISO date-time with offset
 * ({@code 2026-01-10T09:00:00Z}). Lower bounds are inclusive; an upper-bound date includes that whole day.
 */
final class DateParams {

    private DateParams() {
    }

    static Instant optionalFrom(String name, String value) {
        return parse(name, value, false);
    }

    static Instant optionalTo(String name, String value) {
        return parse(name, value, true);
    }

    /** Both bounds, rejecting a range that ends before it starts (naming the upper bound). */
    static void requireOrdered(Instant from, Instant to, String toName) {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidParameterException(toName, toName + " must be after the start of the range");
        }
    }

    private static Instant parse(String name, String value, boolean upperBound) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.trim();
        try {
            if (text.length() == 10) {
                LocalDate day = LocalDate.parse(text);
                return (upperBound ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(name,
                    name + " must be an ISO date (2026-01-10) or date-time with offset (2026-01-10T09:00:00Z)");
        }
    }
}
