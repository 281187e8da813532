package org.claimlens.analysis.persistence;

import org.claimlens.analysis.extraction.TimeReference;

/** Copies the time a claim refers to onto its row's {@code time_*} columns. */
final class ClaimTimeColumns {

    private ClaimTimeColumns() {
    }

    static void fill(StoredClaim row, TimeReference time) {
        row.timeExpression = time.expression().text();
        row.timeStart = time.expression().start();
        row.timeEnd = time.expression().end();
        row.timeFrom = time.from();
        row.timeTo = time.to();
        row.timeGranularity = time.granularity().name();
    }
}
