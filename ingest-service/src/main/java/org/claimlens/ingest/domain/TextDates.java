package org.claimlens.ingest.domain;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates written by people or pages rather than by our clients: "Nov 8, 2018", "8 November 2018",
 * ISO dates and date-times with or without offset, RFC 1123. Dates without a time mean midnight UTC.
 */
public final class TextDates {

    /** Only the first lines of a text are its header; a date further down is about something else. */
    static final int HEADER_LINES = 5;
    static final int HEADER_LINE_LENGTH = 160;

    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?i)\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})\\b");
    private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("dec", 12));

    private TextDates() {
    }

    /** The first complete date (day, month and year) in the header lines of {@code text}, if any. */
    public static Optional<Instant> findInHeader(String text) {
        int seen = 0;
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            if (++seen > HEADER_LINES) {
                break;
            }
            if (line.length() <= HEADER_LINE_LENGTH) {
                Optional<Instant> found = findIn(line);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** A metadata value read as leniently as pages write them; empty when it is no date. */
    public static Optional<Instant> parse(String value) {
        String v = value.strip();
        for (DateTimeFormatter zoned : new DateTimeFormatter[] {DateTimeFormatter.ISO_OFFSET_DATE_TIME,
                DateTimeFormatter.RFC_1123_DATE_TIME}) {
            try {
                return Optional.of(OffsetDateTime.parse(v, zoned).toInstant());
            } catch (DateTimeException e) {
                // next form
            }
        }
        try {
            return Optional.of(ZonedDateTime.parse(v).toInstant());
        } catch (DateTimeException e) {
            // next form
        }
        try {
            return Optional.of(LocalDateTime.parse(v).toInstant(ZoneOffset.UTC));
        } catch (DateTimeException e) {
            // next form
        }
        return findIn(v).filter(found -> v.length() <= HEADER_LINE_LENGTH);
    }

    private static Optional<Instant> findIn(String line) {
        Matcher m = MONTH_DAY_YEAR.matcher(line);
        if (m.find()) {
            return date(m.group(3), month(m.group(1)), m.group(2));
        }
        m = DAY_MONTH_YEAR.matcher(line);
        if (m.find()) {
            return date(m.group(3), month(m.group(2)), m.group(1));
        }
        m = ISO_DATE.matcher(line);
        if (m.find()) {
            return date(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
        }
        return Optional.empty();
    }

    private static int month(String name) {
        return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
    }

    private static Optional<Instant> date(String year, int month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day))
                    .atStartOfDay(ZoneOffset.UTC).toInstant());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
