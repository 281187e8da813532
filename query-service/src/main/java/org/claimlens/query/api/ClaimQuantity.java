package org.claimlens.query.api;

/**
 * A number a claim states: "more than 86,000 militants" is value 86000, approximation MORE_THAN, unit "militants".
 * {@code upperValue} is set for ranges only.
 */
public record ClaimQuantity(String text, int start, int end, double value, Double upperValue, String approximation,
                            String unit) {
}
