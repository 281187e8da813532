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

    /** Outside these, ISO dates need signs and PostgreSQL timestamps may overflow; no document lives there. */
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z").plusSeconds(1);

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
            Instant instant;
            if (text.length() == 10) {
                LocalDate day = LocalDate.parse(text);
                instant = (upperBound ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            } else {
                instant = OffsetDateTime.parse(text).toInstant();
            }
            if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
                throw new InvalidParameterException(name, name + " must lie between the years 1 and 9999");
            }
            return instant;
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(name,
                    name + " must be an ISO date (2026-01-10) or date-time with offset (2026-01-10T09:00:00Z)");
        }
    }
}
