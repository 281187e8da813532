package org.claimlens.analysis.evaluation;

import java.util.ArrayList;
import java.util.List;

/** A stand-in NER system for tests: finds the given strings, each at its n-th occurrence, with the given types. */
final class ScriptedNer implements NerSystem {

    /** {@code surface} at its {@code occurrence}-th place in the text (0 = first), typed {@code type}. */
    record Answer(String surface, int occurrence, String type) {
    }

    private final List<Answer> answers;

    ScriptedNer(List<Answer> answers) {
        this.answers = answers;
    }

    @Override
    public String name() {
        return "scripted";
    }

    @Override
    public List<Found> find(String text) {
        List<Found> found = new ArrayList<>();
        for (Answer answer : answers) {
            int start = -1;
            for (int i = 0; i <= answer.occurrence(); i++) {
                start = text.indexOf(answer.surface(), start + 1);
            }
            found.add(new Found(start, start + answer.surface().length(), answer.type()));
        }
        return found;
    }

    /** Four right, three wrong against three-sentences.conll, whose seven gold entities are PER 4, ORG, LOC, MISC. */
    static ScriptedNer fourOfSeven() {
        return new ScriptedNer(List.of(
                new Answer("Anna Berg", 0, "PER"),
                new Answer("Riverton", 0, "LOC"),
                new Answer("The Riverton Bridge Authority", 0, "ORG"),
                new Answer("Berg", 1, "PER"),
                new Answer("Berg Lund", 0, "PER"),
                new Answer("Danish", 0, "MISC"),
                new Answer("Offic", 0, "ORG")));
    }
}
