package org.claimlens.analysis.extraction;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimlens.analysis.extraction.TimeReference.Granularity;

/**
 * Resolves the relative time expressions of news prose against a reference date (the publication date):
 * "yesterday", "today", "last week", "this month", "next year", "three days ago", "(last|next|on) Wednesday",
 * "last weekend", "in (early|late) September", "January 16th". Without a cue to the contrary a weekday, month or
 * day names the most recent one on or before the reference date, as reported speech mostly looks back; "will",
 * "next" or "is expected to" just before it look forward. Plain Java, thread-safe.
 */
public final class RelativeDates {

    private static final String WEEKDAY = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
    private static final String MONTH = "january|february|march|april|may|june|july|august|september|october"
            + "|november|december";
    private static final String NUMBER = "\\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve";
    private static final Pattern EXPRESSION = Pattern.compile("(?i)\\b(?:"
            + "(?<deictic>yesterday|today|tonight|tomorrow)"
            + "|(?<rel>last|this|next|past|earlier this|later this) (?<unit>week|weekend|month|year)"
            + "|(?<count>" + NUMBER + ") (?<agoUnit>day|week|month|year)s? ago"
            + "|(?:(?<dayRel>last|next|this|on) )?(?<weekday>" + WEEKDAY + ")"
            + "(?:,? (?<wdMonth>" + MONTH + ") (?<wdDay>\\d{1,2})(?:st|nd|rd|th)?)?"
            + "|(?<monthDayMonth>" + MONTH + ") (?<monthDay>\\d{1,2})(?:st|nd|rd|th)?(?!,? \\d{4})(?!\\d)"
            + "|(?<monthRel>in|last|next|since|in early|in mid|in late|early|late) (?<month>" + MONTH + ")(?! \\d)"
            + ")\\b");
    private static final Pattern FUTURE_CUE = Pattern.compile(
            "(?i)\\b(?:will|shall|would|going to|is to|are to|due|expected to|plans? to|scheduled|next)\\b[^.;]{0,40}$");

    /** The first time expression in {@code window} of {@code text}, resolved against {@code reference} (nullable). */
    public Optional<TimeReference> find(String text, int windowStart, int windowEnd, LocalDate reference) {
        Matcher m = EXPRESSION.matcher(text).region(windowStart, windowEnd);
        if (!m.find()) {
            return Optional.empty();
        }
        Span expression = new Span(m.start(), m.end(), m.group());
        boolean future = FUTURE_CUE.matcher(text.substring(Math.max(0, m.start() - 60), m.start())).find();
        Granularity granularity = granularity(m);
        if (reference == null) {
            return Optional.of(new TimeReference(expression, null, null, granularity));
        }
        LocalDate[] period = resolve(m, reference, future);
        return Optional.of(new TimeReference(expression, period[0], period[1], granularity));
    }

    private static Granularity granularity(Matcher m) {
        if (m.group("unit") != null) {
            return switch (lower(m.group("unit"))) {
                case "week", "weekend" -> Granularity.WEEK;
                case "month" -> Granularity.MONTH;
                default -> Granularity.YEAR;
            };
        }
        if (m.group("agoUnit") != null) {
            return Granularity.valueOf(m.group("agoUnit").toUpperCase(Locale.ROOT));
        }
        return m.group("month") != null ? Granularity.MONTH : Granularity.DAY;
    }

    private static LocalDate[] resolve(Matcher m, LocalDate ref, boolean future) {
        if (m.group("deictic") != null) {
            return day(switch (lower(m.group("deictic"))) {
                case "yesterday" -> ref.minusDays(1);
                case "tomorrow" -> ref.plusDays(1);
                default -> ref;
            });
        }
        if (m.group("unit") != null) {
            return relativeUnit(lower(m.group("rel")), lower(m.group("unit")), ref);
        }
        if (m.group("agoUnit") != null) {
            int n = count(lower(m.group("count")));
            return switch (lower(m.group("agoUnit"))) {
                case "day" -> day(ref.minusDays(n));
                case "week" -> week(ref.minusWeeks(n));
                case "month" -> month(YearMonth.from(ref).minusMonths(n));
                default -> year(ref.getYear() - n);
            };
        }
        if (m.group("weekday") != null) {
            if (m.group("wdMonth") != null) {
                return day(monthDay(ref, m.group("wdMonth"), m.group("wdDay"), future));
            }
            return day(weekday(ref, DayOfWeek.valueOf(m.group("weekday").toUpperCase(Locale.ROOT)),
                    m.group("dayRel") == null ? "" : lower(m.group("dayRel")), future));
        }
        if (m.group("monthDayMonth") != null) {
            return day(monthDay(ref, m.group("monthDayMonth"), m.group("monthDay"), future));
        }
        Month month = Month.valueOf(m.group("month").toUpperCase(Locale.ROOT));
        YearMonth candidate = YearMonth.of(ref.getYear(), month);
        if (future || lower(m.group("monthRel")).equals("next")) {
            return month(candidate.isBefore(YearMonth.from(ref)) ? candidate.plusYears(1) : candidate);
        }
        boolean strictlyBefore = lower(m.group("monthRel")).equals("last");
        YearMonth current = YearMonth.from(ref);
        boolean notYet = candidate.isAfter(current) || (strictlyBefore && candidate.equals(current));
        return month(notYet ? candidate.minusYears(1) : candidate);
    }

    private static LocalDate[] relativeUnit(String rel, String unit, LocalDate ref) {
        int shift = switch (rel) {
            case "last", "past" -> -1;
            case "next" -> 1;
            default -> 0;
        };
        return switch (unit) {
            case "week" -> week(ref.plusWeeks(shift));
            case "weekend" -> {
                LocalDate saturday = ref.plusWeeks(shift).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                        .plusDays(5);
                yield new LocalDate[] {saturday, saturday.plusDays(1)};
            }
            case "month" -> month(YearMonth.from(ref).plusMonths(shift));
            default -> year(ref.getYear() + shift);
        };
    }

    private static LocalDate weekday(LocalDate ref, DayOfWeek day, String rel, boolean future) {
        if (rel.equals("next") || (future && !rel.equals("last"))) {
            return ref.with(TemporalAdjusters.next(day));
        }
        return rel.equals("last") ? ref.with(TemporalAdjusters.previous(day))
                : ref.with(TemporalAdjusters.previousOrSame(day));
    }

    private static LocalDate monthDay(LocalDate ref, String monthName, String dayOfMonth, boolean future) {
        Month month = Month.valueOf(monthName.toUpperCase(Locale.ROOT));
        YearMonth inReferenceYear = YearMonth.of(ref.getYear(), month);
        LocalDate candidate = inReferenceYear.atDay(Math.min(Integer.parseInt(dayOfMonth),
                inReferenceYear.lengthOfMonth()));
        if (future) {
            return candidate.isBefore(ref) ? candidate.plusYears(1) : candidate;
        }
        return candidate.isAfter(ref) ? candidate.minusYears(1) : candidate;
    }

    private static int count(String word) {
        return switch (word) {
            case "a", "an", "one" -> 1;
            case "two" -> 2;
            case "three" -> 3;
            case "four" -> 4;
            case "five" -> 5;
            case "six" -> 6;
            case "seven" -> 7;
            case "eight" -> 8;
            case "nine" -> 9;
            case "ten" -> 10;
            case "eleven" -> 11;
            case "twelve" -> 12;
            default -> Integer.parseInt(word);
        };
    }

    private static LocalDate[] day(LocalDate day) {
        return new LocalDate[] {day, day};
    }

    /** ISO weeks, Monday to Sunday. */
    private static LocalDate[] week(LocalDate inWeek) {
        LocalDate monday = inWeek.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new LocalDate[] {monday, monday.plusDays(6)};
    }

    private static LocalDate[] month(YearMonth month) {
        return new LocalDate[] {month.atDay(1), month.atEndOfMonth()};
    }

    private static LocalDate[] year(int year) {
        return new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)};
    }

    private static String lower(String value) {
        return value.toLowerCase(Locale.ROOT);
    }
}
