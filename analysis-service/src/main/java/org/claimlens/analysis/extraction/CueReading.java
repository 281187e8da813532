package org.claimlens.analysis.extraction;

/**
 * What a cue attributes, as token indices: the content {@code [contentStart, contentEnd)}, the claimant (null when
 * the text names none) and the cue itself, with a short hearer added ("told senators").
 */
record CueReading(Cue cue, int contentStart, int contentEnd, Claimant claimant) {

    CueReading withContent(int start, int end) {
        return new CueReading(cue, start, end, claimant);
    }
}
