package org.claimlens.query.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Documents shaped like analysis-service's output, for volume: canonical entities whose popularity follows a
 * Zipf law, texts built sentence by sentence from {@link Vocabulary} with exact offsets of every mention, claim,
 * claimant and cue, attribution chains (author, outlet, speaker), certainty, check-worthiness and numbers. A share
 * of claims repeat or paraphrase clauses from a common pool, so similar claims exist across documents.
 * Deterministic for a seed.
 */
final class SyntheticCorpus {

    static final Instant FIRST_DAY = Instant.parse("2024-01-01T00:00:00Z");
    static final int DAYS = 730;
    private static final double ZIPF_EXPONENT = 0.9;
    private static final int SHARED_CLAUSES = 4_000;
    private static final String[] ORGANISATION_KINDS = {"Council", "Agency", "Authority", "Institute", "Party",
        "Union", "Group", "Commission"};
    private static final String[] PLACE_SUFFIXES = {"Province", "District", "Valley", "Bay", "Hills", "Heights",
        "Coast", "Basin", "Plateau", "Delta"};

    /** A canonical entity: its type, name and aliases; {@code index} is its position in {@link #entities()}. */
    record Entity(int index, String type, String name, List<String> aliases) {
    }

    record Mention(int entity, String surface, int start, int end, int sentence) {
    }

    record Descriptor(int entity, String text, int start, int end) {
    }

    record Link(String role, String name, Integer entity, String cue, Integer start, Integer end) {
    }

    record Quantity(String text, int start, int end, double value, String unit) {
    }

    record Claim(int ordinal, String kind, String content, int start, int end, String claimant, Integer claimantStart,
                 Integer claimantEnd, Integer claimantEntity, String cue, Integer cueStart, Integer cueEnd,
                 int sentence, String certainty, double certaintyScore, String certaintyCue, double checkWorthiness,
                 List<Link> chain, Set<Integer> about, List<Quantity> quantities) {
    }

    record Document(UUID id, String title, String source, String author, Instant publishedAt, Instant ingestedAt,
                    String status, String statusReason, String body, int sentences, List<Mention> mentions,
                    List<Claim> claims, List<Descriptor> descriptors) {
    }

    private final List<Entity> entities = new ArrayList<>();
    private final Popularity persons;
    private final Popularity organisations;
    private final Popularity places;
    private final List<String> authors = new ArrayList<>();
    private final List<SharedClause> sharedClauses = new ArrayList<>();
    private final long seed;

    SyntheticCorpus(long seed) {
        this.seed = seed;
        Random random = new Random(seed);
        persons = new Popularity(addPersons(random, 15_000), random);
        organisations = new Popularity(addOrganisations(random, 10_000), random);
        places = new Popularity(addPlaces(), random);
        for (int i = 0; i < 400; i++) {
            authors.add(pick(random, Vocabulary.FIRST_NAMES) + " " + pick(random, Vocabulary.SURNAMES));
        }
        for (int i = 0; i < SHARED_CLAUSES; i++) {
            sharedClauses.add(SharedClause.random(random, places.next(random)));
        }
    }

    List<Entity> entities() {
        return entities;
    }

    List<String> sources() {
        return Vocabulary.OUTLETS;
    }

    /** The document with this number; the same number always gives the same document. */
    Document document(int number) {
        Random random = new Random(seed * 31 + number);
        UUID id = new UUID(seed, number);
        Instant published = FIRST_DAY.plusSeconds(random.nextInt(DAYS * 86_400));
        Instant ingested = published.plusSeconds(600 + random.nextInt(36_000));
        String source = pick(random, Vocabulary.OUTLETS);
        String author = authors.get(random.nextInt(authors.size()));
        int roll = random.nextInt(100);
        DocumentBuilder text = new DocumentBuilder(this, random, author);
        String title = text.title();
        if (roll < 2) {
            text.filler(6);
            return new Document(id, title, source, author, published, ingested, "FAILED",
                    "extraction failed: text too long", text.body(), text.sentences(), List.of(), List.of(),
                    List.of());
        }
        text.write(8 + random.nextInt(7));
        return new Document(id, title, source, author, published, ingested, "ANALYSED", null, text.body(),
                text.sentences(), text.mentions(), text.claims(), text.descriptors());
    }

    Entity person(Random random) {
        return entities.get(persons.next(random));
    }

    Entity organisation(Random random) {
        return entities.get(organisations.next(random));
    }

    Entity place(Random random) {
        return entities.get(places.next(random));
    }

    Entity entity(int index) {
        return entities.get(index);
    }

    /** A clause from the common pool (repeated across documents), or a fresh one. */
    SharedClause clause(Random random) {
        return random.nextInt(100) < 30 ? sharedClauses.get(random.nextInt(sharedClauses.size()))
                : SharedClause.random(random, places.next(random));
    }

    static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private List<Integer> addPersons(Random random, int count) {
        Set<String> names = new LinkedHashSet<>();
        while (names.size() < count) {
            String middle = random.nextInt(3) == 0 ? " " + (char) ('A' + random.nextInt(26)) + "." : "";
            names.add(pick(random, Vocabulary.FIRST_NAMES) + middle + " " + pick(random, Vocabulary.SURNAMES));
        }
        return add("PERSON", names, name -> List.of(name.substring(name.lastIndexOf(' ') + 1)));
    }

    private List<Integer> addOrganisations(Random random, int count) {
        Set<String> names = new LinkedHashSet<>();
        while (names.size() < count) {
            names.add(random.nextBoolean()
                    ? pick(random, Vocabulary.PLACES) + " " + pick(random, Vocabulary.ORGANISATION_TOPICS) + " "
                            + ORGANISATION_KINDS[random.nextInt(ORGANISATION_KINDS.length)]
                    : pick(random, Vocabulary.ORGANISATION_HEADS) + " " + pick(random, Vocabulary.ORGANISATION_TOPICS)
                            + " of " + pick(random, Vocabulary.PLACES));
        }
        return add("ORGANIZATION", names, SyntheticCorpus::acronym);
    }

    private List<Integer> addPlaces() {
        Set<String> names = new LinkedHashSet<>(Vocabulary.PLACES);
        for (String place : Vocabulary.PLACES) {
            for (String part : Vocabulary.PLACE_PARTS) {
                names.add(part + " " + place);
            }
            for (String suffix : PLACE_SUFFIXES) {
                names.add(place + " " + suffix);
            }
        }
        return add("LOCATION", names, name -> List.of());
    }

    private List<Integer> add(String type, Set<String> names, Function<String, List<String>> aliases) {
        List<Integer> indexes = new ArrayList<>();
        for (String name : names) {
            Entity entity = new Entity(entities.size(), type, name, aliases.apply(name));
            entities.add(entity);
            indexes.add(entity.index());
        }
        return indexes;
    }

    private static List<String> acronym(String name) {
        StringBuilder letters = new StringBuilder();
        for (String word : name.split(" ")) {
            if (!word.equals("of") && !word.isEmpty()) {
                letters.append(word.charAt(0));
            }
        }
        return List.of(letters.toString().toUpperCase(Locale.ROOT));
    }

    /** A clause that can be claimed: "the regional budget in Lyon would rise by 4 percent next year". */
    record SharedClause(String text, int place, String quantity, double value, String unit) {

        static SharedClause random(Random random, int place) {
            int value = 2 + random.nextInt(random.nextBoolean() ? 98 : 9_998);
            String unit = pick(random, Vocabulary.UNITS);
            String quantity = String.format(Locale.ROOT, "%,d %s", value, unit);
            String text = "the " + pick(random, Vocabulary.ADJECTIVES) + " " + pick(random, Vocabulary.NOUNS)
                    + " in {place} " + pick(random, Vocabulary.VERB_PHRASES) + " " + quantity + " "
                    + pick(random, Vocabulary.TIMES);
            return new SharedClause(text, place, quantity, value, unit);
        }
    }

    /** Popularity of one type's entities: a Zipf law over a shuffled order, sampled by binary search. */
    private static final class Popularity {

        private final List<Integer> indexes;
        private final double[] cumulative;

        Popularity(List<Integer> indexes, Random random) {
            this.indexes = new ArrayList<>(indexes);
            Collections.shuffle(this.indexes, random);
            cumulative = new double[indexes.size()];
            double sum = 0;
            for (int rank = 0; rank < cumulative.length; rank++) {
                sum += 1 / Math.pow(rank + 1, ZIPF_EXPONENT);
                cumulative[rank] = sum;
            }
        }

        int next(Random random) {
            double target = random.nextDouble() * cumulative[cumulative.length - 1];
            int at = Arrays.binarySearch(cumulative, target);
            return indexes.get(at >= 0 ? at : Math.min(-at - 1, cumulative.length - 1));
        }
    }
}
