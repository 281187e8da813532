package org.claimlens.analysis.extraction;

/**
 * A number a claim states, with what it counts: "more than 86,000 militants" is MORE_THAN 86000 "militants".
 *
 * @param span          the words stating it, qualifier and unit included
 * @param value         the number, scaled ("1.5 million" is 1500000; "40 percent" is 40)
 * @param upperValue    the upper end of a range ("between 10 and 20"), else null
 * @param approximation how the text qualifies the number
 * @param unit          what is counted or measured, as written ("militants", "percent", "dollars"); null if unsaid
 */
public record Quantity(Span span, double value, Double upperValue, Approximation approximation, String unit) {

    public enum Approximation {
        EXACT, APPROXIMATE, MORE_THAN, AT_LEAST, LESS_THAN, AT_MOST, RANGE
    }
}
