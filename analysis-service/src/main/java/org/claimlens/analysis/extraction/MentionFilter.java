package org.claimlens.analysis.extraction;

import java.util.Locale;
import java.util.Set;

/** Drops what NER tags but no reader would call a name: pronouns, lowercase words, sign-offs, page furniture. */
final class MentionFilter {

    private static final Set<String> PRONOUNS = Set.of("i", "me", "my", "we", "us", "our", "you", "your", "he",
            "him", "his", "she", "her", "hers", "it", "its", "they", "them", "their", "who", "whom", "himself",
            "herself", "themselves", "itself");

    /** Words of web-page furniture that NER reads as names ("Click to enlarge", "Comments are closed"). */
    private static final Set<String> DEBRIS = Set.of("click", "comments", "comment", "share", "tweet", "email",
            "print", "advertisement", "continues", "continue", "source", "photo", "related", "subscribe", "reply");

    /** Editors' sign-offs at the end of a paragraph: "Ed." */
    private static final Set<String> SIGN_OFFS = Set.of("ed", "eds");

    boolean keep(String text, EntityType type, String followingText) {
        String lower = text.toLowerCase(Locale.ROOT);
        boolean singleWord = !text.contains(" ");
        if (singleWord && PRONOUNS.contains(lower) && !isAllCaps(text)) {
            return false;
        }
        if (DEBRIS.contains(lower) || text.chars().noneMatch(Character::isLetterOrDigit)) {
            return false;
        }
        if (type == EntityType.PERSON && SIGN_OFFS.contains(lower) && followingText.startsWith(".")) {
            return false;
        }
        boolean named = type == EntityType.PERSON || type == EntityType.ORGANIZATION;
        return !(named && singleWord && Character.isLowerCase(text.charAt(0)));
    }

    private static boolean isAllCaps(String text) {
        return text.length() > 1 && text.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }
}
