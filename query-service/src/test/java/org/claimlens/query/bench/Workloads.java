package org.claimlens.query.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.claimlens.query.api.ClaimCertainty;
import org.claimlens.query.api.ClaimFilter;
import org.claimlens.query.api.ClaimKind;
import org.claimlens.query.bench.SyntheticCorpus.Entity;
import org.claimlens.query.bench.Workload.Request;

/**
 * The main queries with inputs an analyst would give: name prefixes and entities drawn by popularity, words and
 * phrases from the claims' vocabulary, filter combinations, claims at random and the outlets' names.
 */
final class Workloads {

    private static final String[] CERTAINTIES = {"CERTAIN", "ASSERTED", "HEDGED", "DISTANCED"};
    private static final String[] KINDS = {"DIRECT_QUOTE", "INDIRECT", "AUTHOR"};
    private static final double[] WORTHINESS = {0.5, 0.7, 0.9};

    private Workloads() {
    }

    static List<Workload> all(SyntheticCorpus corpus, BulkLoader loader, long maxClaimId, int count, long seed) {
        Random random = new Random(seed);
        return List.of(entityPrefix(corpus, random, count), claimSearch(random, count), claimFilter(random, count),
                similarClaims(random, maxClaimId, count), documentList(corpus, random, count),
                timeline(corpus, loader, random, count));
    }

    private static Workload entityPrefix(SyntheticCorpus corpus, Random random, int count) {
        List<Request> requests = repeat(count, i -> {
            String prefix = prefixOf(randomEntity(corpus, random), random);
            return new Request("/entities?q=" + encode(prefix), c -> RawSql.entityPrefix(c, prefix));
        });
        return new Workload("entity-prefix", "GET /entities?q=<3-6 letters of a name or alias, any case/accents>",
                requests, c -> labelled("q=erd", RawSql.explainEntityPrefix(c, "erd")));
    }

    private static Workload claimSearch(Random random, int count) {
        List<Request> requests = repeat(count, i -> {
            String q = searchText(random);
            return new Request("/claims?q=" + encode(q), c -> RawSql.claims(c, RawSql.text(q)));
        });
        return new Workload("claim-search", "GET /claims?q=<word | two words | \"phrase\" | three words> (full text)",
                requests, c -> {
                    Map<String, String> plans = labelled("q=regional reservoir",
                            RawSql.explainClaims(c, RawSql.text("regional reservoir")));
                    plans.putAll(labelled("q=budget", RawSql.explainClaims(c, RawSql.text("budget"))));
                    return plans;
                });
    }

    private static Workload claimFilter(Random random, int count) {
        List<Request> requests = repeat(count, i -> {
            String kind = KINDS[random.nextInt(KINDS.length)];
            String certainty = CERTAINTIES[random.nextInt(CERTAINTIES.length)];
            double minimum = WORTHINESS[random.nextInt(WORTHINESS.length)];
            return new Request("/claims?kind=" + kind + "&certainty=" + certainty + "&minCheckWorthiness=" + minimum,
                    c -> RawSql.claims(c, filter(kind, certainty, minimum)));
        });
        return new Workload("claim-filter", "GET /claims?kind=..&certainty=..&minCheckWorthiness=0.5|0.7|0.9",
                requests, c -> {
                    Map<String, String> plans = labelled("DIRECT_QUOTE, HEDGED, >= 0.7",
                            RawSql.explainClaims(c, filter("DIRECT_QUOTE", "HEDGED", 0.7)));
                    plans.putAll(labelled("AUTHOR, CERTAIN, >= 0.7 (none match)",
                            RawSql.explainClaims(c, filter("AUTHOR", "CERTAIN", 0.7))));
                    return plans;
                });
    }

    private static Workload similarClaims(Random random, long maxClaimId, int count) {
        List<Request> requests = repeat(count, i -> {
            long id = 1 + (long) (random.nextDouble() * maxClaimId);
            return new Request("/claims/" + id + "/similar", c -> RawSql.similar(c, id));
        });
        return new Workload("similar-claims", "GET /claims/{random id}/similar (rarest words, then pg_trgm >= 0.5)",
                requests, c -> labelled("claim " + maxClaimId / 2, RawSql.explainSimilar(c, maxClaimId / 2)));
    }

    private static Workload documentList(SyntheticCorpus corpus, Random random, int count) {
        List<Request> requests = repeat(count, i -> {
            String source = SyntheticCorpus.pick(random, corpus.sources());
            return new Request("/documents?source=" + encode(source), c -> RawSql.documents(c, source));
        });
        return new Workload("document-list", "GET /documents?source=<outlet> (newest ingested first)", requests,
                c -> labelled("source=Reuters", RawSql.explainDocuments(c, "Reuters")));
    }

    private static Workload timeline(SyntheticCorpus corpus, BulkLoader loader, Random random, int count) {
        List<Request> requests = repeat(count, i -> {
            long id = loader.entityId(randomEntity(corpus, random).index());
            return new Request("/timeline?entity=" + id, c -> RawSql.timeline(c, id));
        });
        long person = loader.entityId(corpus.person(new Random(1)).index());
        return new Workload("timeline", "GET /timeline?entity=<entity by popularity> (per day)", requests, c -> {
            Map<String, String> plans = labelled("entity " + person + " (a person)", RawSql.explainTimeline(c, person));
            long top = RawSql.mostMentioned(c);
            plans.putAll(labelled("entity " + top + " (the most mentioned)", RawSql.explainTimeline(c, top)));
            return plans;
        });
    }

    private static ClaimFilter filter(String kind, String certainty, double minimum) {
        return new ClaimFilter(null, null, null, ClaimKind.valueOf(kind), null, null, null,
                ClaimCertainty.valueOf(certainty), minimum, null, null, null);
    }

    /** The plans with the input in front of each statement's label. */
    private static Map<String, String> labelled(String input, Map<String, String> plans) {
        Map<String, String> labelled = new LinkedHashMap<>();
        plans.forEach((statement, plan) -> labelled.put(input + ": " + statement, plan));
        return labelled;
    }

    private static Entity randomEntity(SyntheticCorpus corpus, Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> corpus.person(random);
            case 1 -> corpus.organisation(random);
            default -> corpus.place(random);
        };
    }

    /** The first letters of the name or an alias, lower case, sometimes without accents as people type them. */
    private static String prefixOf(Entity entity, Random random) {
        List<String> names = new ArrayList<>(entity.aliases());
        names.add(entity.name());
        String name = names.get(random.nextInt(names.size()));
        String prefix = name.substring(0, Math.min(name.length(), 3 + random.nextInt(4))).toLowerCase(Locale.ROOT);
        return random.nextBoolean() ? prefix
                : Normalizer.normalize(prefix, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    private static String searchText(Random random) {
        String adjective = SyntheticCorpus.pick(random, Vocabulary.ADJECTIVES);
        String noun = SyntheticCorpus.pick(random, Vocabulary.NOUNS);
        String place = SyntheticCorpus.pick(random, Vocabulary.PLACES);
        return switch (random.nextInt(4)) {
            case 0 -> noun;
            case 1 -> noun + " " + place;
            case 2 -> "\"" + adjective + " " + noun + "\"";
            default -> adjective + " " + noun + " " + place;
        };
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static List<Request> repeat(int count, Function<Integer, Request> request) {
        List<Request> requests = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            requests.add(request.apply(i));
        }
        return requests;
    }
}
