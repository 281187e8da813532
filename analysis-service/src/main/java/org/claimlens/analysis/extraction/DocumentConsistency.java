package org.claimlens.analysis.extraction;

import edu.stanford.nlp.ling.CoreLabel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One name, one label throughout a document. The tagger decides token by token from a few words of context, so a
 * name it tags in one sentence may be missed or typed differently in the next; a news story rarely uses one name for
 * two kinds of thing. Names typed differently take the type most of their mentions have, and untagged repeats of a
 * tagged name of two or more words, or of a tagged person's surname, become mentions.
 */
final class DocumentConsistency {

    private static final Set<EntityType> NAMES = Set.of(EntityType.PERSON, EntityType.ORGANIZATION,
            EntityType.LOCATION, EntityType.MISC, EntityType.NATIONALITY);

    private DocumentConsistency() {
    }

    /** The mentions with types made consistent and untagged repeats added, in text order. */
    static List<Mention> apply(ParsedDocument document, List<Mention> mentions) {
        Map<String, EntityType> majority = majorityTypes(mentions);
        List<Mention> all = new ArrayList<>();
        for (Mention mention : mentions) {
            EntityType type = majority.getOrDefault(normalised(mention.text()), mention.type());
            all.add(type == mention.type() ? mention : new Mention(mention.start(), mention.end(), mention.text(),
                    type, mention.sentenceIndex(), mention.entityKey()));
        }
        all.addAll(new RepeatFinder(document, all, namesToRepeat(all)).find());
        all.sort(Comparator.comparingInt(Mention::start));
        return all;
    }

    /** For each name typed two ways, the type of most of its mentions; ties decide nothing. */
    private static Map<String, EntityType> majorityTypes(List<Mention> mentions) {
        Map<String, Map<EntityType, Integer>> votes = new HashMap<>();
        for (Mention mention : mentions) {
            if (NAMES.contains(mention.type())) {
                votes.computeIfAbsent(normalised(mention.text()), name -> new EnumMap<>(EntityType.class))
                        .merge(mention.type(), 1, Integer::sum);
            }
        }
        Map<String, EntityType> majority = new HashMap<>();
        votes.forEach((name, counts) -> winner(counts).ifPresent(type -> majority.put(name, type)));
        return majority;
    }

    private static Optional<EntityType> winner(Map<EntityType, Integer> counts) {
        int most = counts.values().stream().max(Integer::compare).orElse(0);
        List<EntityType> leaders = counts.entrySet().stream()
                .filter(entry -> entry.getValue() == most)
                .map(Map.Entry::getKey)
                .toList();
        return counts.size() > 1 && leaders.size() == 1 ? Optional.of(leaders.get(0)) : Optional.empty();
    }

    /**
     * Names whose untagged repeats are safe to tag, as word sequences: those of two or more words, and the surnames
     * of people, unless the same word also names something of another type in this document.
     */
    private static Map<List<String>, EntityType> namesToRepeat(List<Mention> mentions) {
        Map<List<String>, EntityType> names = new HashMap<>();
        Map<String, Set<EntityType>> singleWordTypes = new HashMap<>();
        for (Mention mention : mentions) {
            List<String> words = EntityNames.words(mention.text());
            if (NAMES.contains(mention.type()) && words.size() == 1) {
                singleWordTypes.computeIfAbsent(words.get(0), word -> new HashSet<>()).add(mention.type());
            }
        }
        for (Mention mention : mentions) {
            List<String> words = EntityNames.words(mention.text());
            if (!NAMES.contains(mention.type()) || words.size() < 2) {
                continue;
            }
            names.putIfAbsent(words, mention.type());
            String surname = words.get(words.size() - 1);
            boolean otherType = singleWordTypes.getOrDefault(surname, Set.of()).stream()
                    .anyMatch(type -> type != EntityType.PERSON);
            if (mention.type() == EntityType.PERSON && isName(surname) && !otherType) {
                names.putIfAbsent(List.of(surname), EntityType.PERSON);
            }
        }
        return names;
    }

    /** A capitalised word of two letters or more: "Jr", "II" and initials are not surnames worth repeating. */
    private static boolean isName(String word) {
        return word.length() > 2 && Character.isUpperCase(word.charAt(0)) && word.chars().allMatch(Character::isLetter);
    }

    private static String normalised(String text) {
        return EntityNames.normalise(text);
    }

    /** Scans the untagged tokens for the names to repeat, longest name first at each place. */
    private record RepeatFinder(ParsedDocument document, List<Mention> mentions,
                                Map<List<String>, EntityType> names) {

        List<Mention> find() {
            List<CoreLabel> tokens = document.tokens();
            boolean[] tagged = tagged(tokens);
            int longest = names.keySet().stream().mapToInt(List::size).max().orElse(0);
            List<Mention> found = new ArrayList<>();
            for (int i = 0; i < tokens.size(); i++) {
                for (int length = Math.min(longest, tokens.size() - i); length > 0; length--) {
                    Optional<EntityType> type = match(tokens, tagged, i, length);
                    if (type.isPresent()) {
                        Span span = document.span(tokens.subList(i, i + length));
                        found.add(new Mention(span.start(), span.end(), span.text(), type.get(),
                                ParsedDocument.sentenceOf(tokens.get(i)), null));
                        i += length - 1;
                        break;
                    }
                }
            }
            return found;
        }

        private Optional<EntityType> match(List<CoreLabel> tokens, boolean[] tagged, int first, int length) {
            List<String> words = new ArrayList<>(length);
            for (int i = first; i < first + length; i++) {
                if (tagged[i] || i > first && !sameLine(tokens.get(i - 1), tokens.get(i))) {
                    return Optional.empty();
                }
                words.add(tokens.get(i).word());
            }
            EntityType type = names.get(words);
            boolean capitals = isAllCaps(words);
            if (type == null && capitals) {
                type = names.entrySet().stream()
                        .filter(name -> name.getKey().size() == length && upperCase(name.getKey()).equals(words))
                        .map(Map.Entry::getValue)
                        .findFirst().orElse(null);
            }
            // in prose, a capitalised untagged neighbour means the name is part of a longer one the tagger missed
            boolean partOfLonger = !capitals && (untaggedCapitalised(tokens, tagged, first - 1)
                    || untaggedCapitalised(tokens, tagged, first + length));
            return type == null || partOfLonger ? Optional.empty() : Optional.of(type);
        }

        private boolean sameLine(CoreLabel left, CoreLabel right) {
            return ParsedDocument.sentenceOf(left) == ParsedDocument.sentenceOf(right)
                    && document.text().substring(left.endPosition(), right.beginPosition()).indexOf('\n') < 0;
        }

        private static boolean untaggedCapitalised(List<CoreLabel> tokens, boolean[] tagged, int index) {
            return index >= 0 && index < tokens.size() && !tagged[index]
                    && Character.isUpperCase(tokens.get(index).word().charAt(0));
        }

        private boolean[] tagged(List<CoreLabel> tokens) {
            boolean[] tagged = new boolean[tokens.size()];
            for (int i = 0; i < tokens.size(); i++) {
                CoreLabel token = tokens.get(i);
                tagged[i] = EntityTypes.ofLabel(token.ner()).isPresent() || mentions.stream()
                        .anyMatch(m -> m.start() < token.endPosition() && token.beginPosition() < m.end());
            }
            return tagged;
        }

        private static boolean isAllCaps(List<String> words) {
            return words.stream().allMatch(word -> word.chars().anyMatch(Character::isLetter)
                    && word.equals(word.toUpperCase(Locale.ROOT)));
        }

        private static List<String> upperCase(List<String> words) {
            return words.stream().map(word -> word.toUpperCase(Locale.ROOT)).toList();
        }
    }
}
