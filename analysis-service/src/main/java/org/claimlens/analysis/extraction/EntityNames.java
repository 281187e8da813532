package org.claimlens.analysis.extraction;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Display names and keys of entities: what varies between spellings of one name is removed from the key. */
final class EntityNames {

    /** Titles before a person's name; stripped from the front only, and never the whole name. */
    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr", "prof", "professor",
            "sen", "senator", "rep", "representative", "gov", "governor", "president", "vice", "prime", "minister",
            "secretary", "gen", "general", "col", "colonel", "lt", "sgt", "capt", "captain", "adm", "admiral",
            "judge", "justice", "rev", "reverend", "sir", "dame", "lord", "lady", "king", "queen", "prince",
            "princess", "pope", "mayor", "chancellor", "ambassador", "sheikh", "ayatollah", "rabbi", "imam");

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Dots of abbreviations ("U.S.", "p.m."), not decimal points. */
    private static final Pattern LETTER_DOTS = Pattern.compile("(?<=\\p{L})\\.");
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}(?:\\.?[\\p{Lu}&]){1,9}\\.?");

    private EntityNames() {
    }

    /** The name as it should be shown: honorifics or a leading "the" removed, white space collapsed. */
    static String displayName(EntityType type, String surface) {
        List<String> words = words(surface);
        int first = 0;
        if (type == EntityType.PERSON) {
            while (first < words.size() - 1 && HONORIFICS.contains(withoutDots(words.get(first)).toLowerCase(Locale.ROOT))) {
                first++;
            }
        } else if (words.size() > 1 && words.get(0).equalsIgnoreCase("the")) {
            first = 1;
        }
        String name = String.join(" ", words.subList(first, words.size()));
        return type == EntityType.NATIONALITY ? EntityTypes.singular(name) : name;
    }

    /** Lower case; accents, abbreviation dots and a leading "the" removed; typographic apostrophes made plain. */
    static String normalise(String name) {
        String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("")
                .replace('\u2019', '\'')
                .replace('\u2018', '\'')
                .toLowerCase(Locale.ROOT);
        String collapsed = SPACES.matcher(LETTER_DOTS.matcher(plain).replaceAll("")).replaceAll(" ").strip();
        return collapsed.startsWith("the ") ? collapsed.substring(4) : collapsed;
    }

    static String key(EntityType type, String name) {
        return type.name() + ":" + normalise(name);
    }

    static boolean isAcronym(String name) {
        return ACRONYM.matcher(name).matches();
    }

    static String withoutDots(String name) {
        return name.replace(".", "");
    }

    static List<String> words(String name) {
        String stripped = name.strip();
        return stripped.isEmpty() ? List.of() : Arrays.asList(SPACES.split(stripped));
    }
}
