package org.claimlens.analysis.checkworthiness;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the CheckThat! 2024 task 1 format: a header {@code Sentence_id<TAB>Text<TAB>class_label}, then one sentence a
 * line labelled Yes or No, fields quoted RFC-4180 style when they hold quotes.
 */
public final class CheckThatTsv {

    /** A label glued to the next record's id, as when a line break was lost between two records. */
    private static final Pattern GLUED_LABEL = Pattern.compile("(Yes|No)(\\d+)");

    private CheckThatTsv() {
    }

    public static List<LabelledSentence> read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** @throws IllegalArgumentException when the header or a label is not of the format */
    public static List<LabelledSentence> parse(String content) {
        List<List<String>> records = TabSeparatedFields.split(content.startsWith("\uFEFF") ? content.substring(1)
                : content);
        if (records.isEmpty() || !records.get(0).equals(List.of("Sentence_id", "Text", "class_label"))) {
            throw new IllegalArgumentException("not a CheckThat! check-worthiness file: header "
                    + (records.isEmpty() ? "missing" : records.get(0)));
        }
        List<LabelledSentence> sentences = new ArrayList<>();
        for (List<String> record : records.subList(1, records.size())) {
            if (!(record.size() == 1 && record.get(0).isBlank())) {
                addRecords(new ArrayDeque<>(record), sentences);
            }
        }
        return sentences;
    }

    /** Reads consecutive (id, text, label) triples: usually one, more when records were run together. */
    private static void addRecords(Deque<String> fields, List<LabelledSentence> sentences) {
        while (!fields.isEmpty()) {
            if (fields.size() < 3) {
                throw new IllegalArgumentException("record without id, text and label: " + fields);
            }
            String id = fields.removeFirst().strip();
            String text = fields.removeFirst();
            String label = fields.removeFirst().strip();
            Matcher glued = GLUED_LABEL.matcher(label);
            if (!fields.isEmpty() && glued.matches()) {
                label = glued.group(1);
                fields.addFirst(glued.group(2));
            }
            sentences.add(new LabelledSentence(id, text, isYes(label, id)));
        }
    }

    private static boolean isYes(String label, String id) {
        return switch (label) {
            case "Yes" -> true;
            case "No" -> false;
            default -> throw new IllegalArgumentException("sentence " + id + ": label '" + label + "' is not Yes/No");
        };
    }
}
