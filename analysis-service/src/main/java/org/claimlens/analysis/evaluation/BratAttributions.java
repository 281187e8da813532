package org.claimlens.analysis.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads PolNeAR's brat standoff: {@code T} lines hold typed spans ({@code Content 13 98;100 120}), {@code E} lines
 * tie them into attributions ({@code Attribution:T4 Content:T3 Cue:T2 Source:T1}).
 */
final class BratAttributions {

    private BratAttributions() {
    }

    /**
     * @param ann  the annotation file's text
     * @param text the annotated text: brat counts code points, Java strings UTF-16 units
     */
    static List<AttributionRelation> parse(String ann, String text) {
        Map<String, List<CharSpan>> spans = new HashMap<>();
        List<String> events = new ArrayList<>();
        // a covered text may wrap onto a second line; only lines that start with an id carry annotations
        for (String line : ann.split("\r?\n")) {
            String[] fields = line.split("\t");
            if (fields.length < 2) {
                continue;
            }
            if (line.startsWith("T")) {
                spans.put(fields[0], ranges(fields[1].substring(fields[1].indexOf(' ') + 1), text));
            } else if (line.startsWith("E")) {
                events.add(fields[1]);
            }
        }
        List<AttributionRelation> relations = new ArrayList<>();
        for (String event : events) {
            Map<String, List<CharSpan>> roles = new HashMap<>();
            for (String role : event.split(" ")) {
                String[] parts = role.split(":", 2);
                if (parts.length == 2 && spans.containsKey(parts[1])) {
                    roles.put(parts[0], spans.get(parts[1]));
                }
            }
            if (roles.containsKey("Content")) {
                relations.add(new AttributionRelation(roles.get("Content"),
                        roles.getOrDefault("Source", List.of()), roles.getOrDefault("Cue", List.of())));
            }
        }
        return relations;
    }

    /** "98 120" or, discontinuous, "98 110;112 120". */
    private static List<CharSpan> ranges(String offsets, String text) {
        List<CharSpan> ranges = new ArrayList<>();
        for (String range : offsets.split(";")) {
            String[] ends = range.trim().split(" ");
            ranges.add(new CharSpan(utf16(text, Integer.parseInt(ends[0])), utf16(text, Integer.parseInt(ends[1]))));
        }
        return ranges;
    }

    private static int utf16(String text, int codePoints) {
        return text.offsetByCodePoints(0, Math.min(codePoints, text.codePointCount(0, text.length())));
    }
}
