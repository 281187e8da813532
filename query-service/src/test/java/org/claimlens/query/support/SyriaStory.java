package org.claimlens.query.support;

import java.util.UUID;

/** Ids of the seeded ISIS/Syria article and of what was "extracted" from it; see {@link TestData}. */
public record SyriaStory(UUID documentId, long traversId, long counterterrorismCenterId, long islamicStateId,
                         long syriaId, long sdfId, long traversClaimId, long spokesmanClaimId) {

    public static final String TITLE = "US official warns Islamic State could regroup in Syria";
    public static final String SOURCE = "Reuters";
    public static final String PUBLISHED_AT = "2019-08-12T14:30:00Z";
    public static final String INGESTED_AT = "2026-01-10T09:00:00Z";

    public static final String FIRST_SENTENCE = "Russell Travers, the acting director of the National "
            + "Counterterrorism Center, said the Islamic State could regroup in Syria within a year.";
    public static final String SECOND_SENTENCE = " A spokesman for the Syrian Democratic Forces said its fighters "
            + "were guarding thousands of detainees in makeshift prisons.";
    public static final String THIRD_SENTENCE = " Travers warned that the SDF lacked the resources to hold them "
            + "indefinitely.";
    public static final String BODY = FIRST_SENTENCE + SECOND_SENTENCE + THIRD_SENTENCE;

    public static final String TRAVERS_CLAIM = "the Islamic State could regroup in Syria within a year";
    public static final String SPOKESMAN_CLAIM =
            "its fighters were guarding thousands of detainees in makeshift prisons";
    public static final String SPOKESMAN = "A spokesman for the Syrian Democratic Forces";

    /** Start of {@code text} in {@link #BODY}, searching from {@code from}. */
    public static int offset(String text, int from) {
        int at = BODY.indexOf(text, from);
        if (at < 0) {
            throw new IllegalArgumentException(text + " is not in the body");
        }
        return at;
    }

    public static int offset(String text) {
        return offset(text, 0);
    }
}
