package org.claimlens.analysis.extraction;

import java.util.List;

/**
 * A document prepared for cue finding: its quotations and which tokens they hold. Public so model training reads
 * documents exactly as the product does.
 */
public final class CueContext {

    private final ParsedDocument document;
    private final List<Quotation> quotations;
    private final boolean[] quoted;

    public CueContext(ParsedDocument document) {
        this.document = document;
        this.quotations = Quotations.find(document);
        this.quoted = Quotations.insideMask(document.tokens().size(), quotations);
    }

    public ParsedDocument document() {
        return document;
    }

    List<Quotation> quotations() {
        return quotations;
    }

    /** Whether the token is a quotation mark or lies between two; cues there are the quoted speaker's, not ours. */
    public boolean isQuoted(int token) {
        return quoted[token];
    }

    /** Whether a quotation ends within {@code reach} tokens before token {@code i}. */
    boolean closesBefore(int i, int reach) {
        for (int j = Math.max(0, i - reach); j < i; j++) {
            if (quoted[j] && (j + 1 >= quoted.length || !quoted[j + 1])) {
                return true;
            }
        }
        return false;
    }

    /** Whether a quotation starts within {@code reach} tokens after token {@code i}. */
    boolean opensAfter(int i, int reach) {
        for (int j = i + 1; j < Math.min(quoted.length, i + 1 + reach); j++) {
            if (quoted[j] && !quoted[j - 1]) {
                return true;
            }
        }
        return false;
    }
}
