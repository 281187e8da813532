package org.claimlens.query.rest;

import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import org.claimlens.query.api.PageRequest;

/**
 * Parses raw path and query parameters. Parameters arrive as strings so that a malformed value is a 400 naming
 * the parameter rather than the 404 JAX-RS gives a failed conversion.
 */
final class RequestParams {

    /** Longer search input is not a prefix or a query anyone types. */
    static final int MAX_TEXT_LENGTH = 200;

    private RequestParams() {
    }

    static PageRequest page(String page, String size) {
        return new PageRequest(
                intInRange("page", page, 0, 0, PageRequest.MAX_PAGE),
                intInRange("size", size, PageRequest.DEFAULT_SIZE, 1, PageRequest.MAX_SIZE));
    }

    static UUID uuid(String name, String value) {
        try {
            if (value != null && value.length() == 36) {
                return UUID.fromString(value);
            }
        } catch (IllegalArgumentException e) {
            // reported below like any other malformed value
        }
        throw new InvalidParameterException(name, name + " must be a UUID");
    }

    static long id(String name, String value) {
        try {
            long id = Long.parseLong(value);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below like any other malformed value
        }
        throw new InvalidParameterException(name, name + " must be a positive integer");
    }

    static Long optionalId(String name, String value) {
        return isBlank(value) ? null : id(name, value);
    }

    /** Trimmed text, or null when absent or blank. */
    static String optionalText(String name, String value) {
        if (isBlank(value)) {
            return null;
        }
        if (value.length() > MAX_TEXT_LENGTH) {
            throw new InvalidParameterException(name, name + " must be at most " + MAX_TEXT_LENGTH + " characters");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            // NUL cannot even reach PostgreSQL; the others are never part of a name or a search
            throw new InvalidParameterException(name, name + " must not contain control characters");
        }
        return value.trim();
    }

    /** One of the enum's constants, case-insensitively, or null when absent. */
    static <E extends Enum<E>> E optionalEnum(String name, String value, Class<E> type) {
        if (isBlank(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException(name,
                    name + " must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    static double doubleInRange(String name, String value, double defaultValue, double min, double max) {
        if (isBlank(value)) {
            return defaultValue;
        }
        try {
            double parsed = Double.parseDouble(value.trim());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below like any other out-of-range value
        }
        throw new InvalidParameterException(name, name + " must be a number from " + min + " to " + max);
    }

    /** A number within the bounds, or null when absent. */
    static Double optionalDoubleInRange(String name, String value, double min, double max) {
        return isBlank(value) ? null : doubleInRange(name, value, min, min, max);
    }

    /** {@code true} or {@code false}, case-insensitively, or null when absent. */
    static Boolean optionalBoolean(String name, String value) {
        if (isBlank(value)) {
            return null;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new InvalidParameterException(name, name + " must be true or false");
        };
    }

    static int intInRange(String name, String value, int defaultValue, int min, int max) {
        if (isBlank(value)) {
            return defaultValue;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below like any other out-of-range value
        }
        throw new InvalidParameterException(name, name + " must be an integer from " + min + " to " + max);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
