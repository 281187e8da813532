package org.claimlens.analysis.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A number a claim states, as a row of {@code claim_quantity}. */
@Embeddable
public class StoredQuantity {

    public String text;

    @Column(name = "start_offset")
    public int startOffset;

    @Column(name = "end_offset")
    public int endOffset;

    public double value;

    @Column(name = "upper_value")
    public Double upperValue;

    public String approximation;

    public String unit;
}
