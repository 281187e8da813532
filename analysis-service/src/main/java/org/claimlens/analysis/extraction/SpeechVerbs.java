package org.claimlens.analysis.extraction;

import edu.stanford.nlp.ling.CoreLabel;

import java.util.Locale;
import java.util.Set;

/**
 * Verbs that attribute words or beliefs to a source ("said", "told", "warned"), recognised by lemma. The cue model
 * reads membership as one feature among many; the list alone no longer decides what a cue is.
 */
final class SpeechVerbs {

    private static final Set<String> LEMMAS = Set.of("say", "tell", "claim", "report", "estimate", "state", "add",
            "warn", "argue", "announce", "insist", "believe", "deny", "confirm", "accuse", "suggest", "note",
            "acknowledge", "conclude", "explain", "write", "predict", "assert", "contend", "maintain", "allege",
            "admit", "caution", "declare", "stress", "emphasize", "emphasise", "testify", "reveal", "disclose",
            "indicate", "complain", "promise", "vow", "pledge", "observe", "remark", "reply", "respond", "tweet",
            "reiterate", "concede", "counter", "charge", "agree", "think", "find", "show", "fear", "recount",
            // beliefs and expectations are attributed like speech: PolNeAR annotates "he expects that ..."
            "hope", "expect", "worry", "feel", "recall", "propose", "demand", "doubt", "suspect", "assume",
            "wonder", "ask", "recommend", "signal", "hint", "speculate", "imply", "boast", "joke", "quip",
            "mention", "demonstrate", "reason", "posit", "figure");

    /** Verbs whose hearer belongs in the cue: "told senators", "warned reporters". */
    private static final Set<String> ADDRESSING = Set.of("tell", "warn", "assure", "inform", "remind", "brief",
            "promise", "advise");

    private SpeechVerbs() {
    }

    static boolean isCueLemma(String lemma) {
        return LEMMAS.contains(lemma);
    }

    static boolean addressesSomeone(CoreLabel verb) {
        return ADDRESSING.contains(lemma(verb));
    }

    private static String lemma(CoreLabel word) {
        return word.lemma() == null ? "" : word.lemma().toLowerCase(Locale.ROOT);
    }
}
