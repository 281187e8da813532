package org.claimlens.ingest.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Reads a publication time: an ISO-8601 date-time with offset, or a plain ISO date meaning midnight UTC. Times before
 * 1800 or more than a day ahead are typing errors (and some would not even fit a database timestamp).
 */
public final class PublishedAt {

    static final String FIELD = "publishedAt";
    static final Instant EARLIEST = Instant.parse("1800-01-01T00:00:00Z");
    static final Duration MAX_AHEAD = Duration.ofDays(1);

    private PublishedAt() {
    }

    /** Returns the instant, or throws {@link InvalidDocumentException} naming {@code publishedAt}. */
    public static Instant parse(String value) {
        Instant instant = read(value);
        if (!isPlausible(instant)) {
            throw new InvalidDocumentException(FIELD, FIELD + " must lie between 1800-01-01 and tomorrow");
        }
        return instant;
    }

    /** Whether {@code instant} lies between 1800 and tomorrow: dates found in a text or a page are checked too. */
    public static boolean isPlausible(Instant instant) {
        return !instant.isBefore(EARLIEST) && !instant.isAfter(Instant.now().plus(MAX_AHEAD));
    }

    private static Instant read(String value) {
        try {
            if (value.length() == "yyyy-MM-dd".length()) {
                return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidDocumentException(FIELD, FIELD
                    + " must be an ISO-8601 date-time with offset (2018-11-08T10:00:00Z) or a date (2018-11-08)");
        }
    }
}
