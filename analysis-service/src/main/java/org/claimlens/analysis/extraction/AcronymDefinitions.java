package org.claimlens.analysis.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Acronyms the text defines right after a name, "Syrian Democratic Forces (SDF)". NER often leaves the acronym
 * and its later uses untagged, so each use becomes a mention of the long form's type.
 */
final class AcronymDefinitions {

    private static final Pattern DEFINITION = Pattern.compile("\\s*\\(\\s*(\\p{Lu}(?:\\.?[\\p{Lu}&]){1,9}\\.?)\\s*\\)");

    /**
     * @param mentions  the mentions with those of defined acronyms added, in text order
     * @param longForms each defined acronym, without dots, and the name it stands for
     */
    record Result(List<Mention> mentions, Map<String, String> longForms) {
    }

    static Result apply(ParsedDocument document, List<Mention> mentions) {
        String text = document.text();
        Map<String, String> longForms = new HashMap<>();
        List<Mention> all = new ArrayList<>(mentions);
        Matcher matcher = DEFINITION.matcher(text);
        for (Mention mention : mentions) {
            matcher.region(mention.end(), text.length());
            if (mention.text().contains(" ") && matcher.lookingAt()) {
                String acronym = matcher.group(1);
                if (longForms.putIfAbsent(EntityNames.withoutDots(acronym), mention.text()) == null) {
                    addUses(document, acronym, mention.type(), all);
                }
            }
        }
        all.sort(Comparator.comparingInt(Mention::start));
        return new Result(all, longForms);
    }

    private static void addUses(ParsedDocument document, String acronym, EntityType type, List<Mention> all) {
        Matcher use = Pattern.compile("(?<![\\p{L}\\p{N}.])" + Pattern.quote(acronym) + "(?![\\p{L}\\p{N}])")
                .matcher(document.text());
        while (use.find()) {
            int start = use.start();
            int end = use.end();
            if (all.stream().noneMatch(m -> m.start() < end && start < m.end())) {
                all.add(new Mention(start, end, acronym, type, document.sentenceAt(start), null));
            }
        }
    }
}
