package org.claimlens.ingest.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Reads a publication time: an ISO-8601 date-time with offset, or a plain ISO date meaning midnight UTC. */
public final class PublishedAt {

    static final String FIELD = "publishedAt";

    private PublishedAt() {
    }

    /** Returns the instant, or throws {@link InvalidDocumentException} naming {@code publishedAt}. */
    public static Instant parse(String value) {
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
