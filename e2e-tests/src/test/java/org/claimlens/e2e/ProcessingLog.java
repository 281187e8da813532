package org.claimlens.e2e;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line analysis-service logs for every event it handles, {@code document <id> event <event id>: <outcome>}
 * (the id is the submission's), as read from one instance's log, plain or JSON: which documents that instance
 * analysed.
 */
final class ProcessingLog {

    private static final Pattern OUTCOME = Pattern.compile("document (\\S+) event (\\S+): ([A-Z_]+)");

    private final List<Outcome> outcomes;

    private ProcessingLog(List<Outcome> outcomes) {
        this.outcomes = outcomes;
    }

    record Outcome(String documentId, String eventId, String outcome) {
    }

    static ProcessingLog of(RunningService instance) {
        Matcher m = OUTCOME.matcher(instance.log());
        List<Outcome> outcomes = m.results().map(r -> new Outcome(r.group(1), r.group(2), r.group(3))).toList();
        return new ProcessingLog(outcomes);
    }

    /** Everything this instance handled, in the order it logged it. */
    List<Outcome> outcomes() {
        return outcomes;
    }

    /** Ids of the events of this document that this instance analysed (extracted and stored). */
    List<String> analysedEvents(String documentId) {
        return outcomes.stream()
                .filter(o -> o.documentId().equals(documentId) && o.outcome().equals("ANALYSED"))
                .map(Outcome::eventId)
                .toList();
    }
}
