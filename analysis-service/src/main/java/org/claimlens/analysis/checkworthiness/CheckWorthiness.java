package org.claimlens.analysis.checkworthiness;

/** Whether a sentence states something worth fact-checking, as decided by {@link CheckWorthinessScorer}. */
public enum CheckWorthiness {
    CHECK_WORTHY,
    NOT_CHECK_WORTHY
}
