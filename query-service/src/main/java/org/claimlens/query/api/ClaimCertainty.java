package org.claimlens.query.api;

/**
 * How firmly a claim is made, as stored; a {@code certainty} filter must name one of them. CERTAIN: factive cues
 * ("confirmed", "admitted"); ASSERTED: plainly stated; HEDGED: "may", "probably", "estimated"; DISTANCED: the reporter
 * keeps away from it ("claimed", "alleged").
 */
public enum ClaimCertainty {
    CERTAIN, ASSERTED, HEDGED, DISTANCED
}
