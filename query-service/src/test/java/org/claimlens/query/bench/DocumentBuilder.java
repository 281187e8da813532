package org.claimlens.query.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.claimlens.query.bench.SyntheticCorpus.Claim;
import org.claimlens.query.bench.SyntheticCorpus.Descriptor;
import org.claimlens.query.bench.SyntheticCorpus.Entity;
import org.claimlens.query.bench.SyntheticCorpus.Link;
import org.claimlens.query.bench.SyntheticCorpus.Mention;
import org.claimlens.query.bench.SyntheticCorpus.Quantity;
import org.claimlens.query.bench.SyntheticCorpus.SharedClause;

/** Writes one synthetic article sentence by sentence, recording the offsets of what analysis would extract. */
final class DocumentBuilder {

    private final SyntheticCorpus corpus;
    private final Random random;
    private final String author;
    private final StringBuilder body = new StringBuilder();
    private final List<Mention> mentions = new ArrayList<>();
    private final List<Claim> claims = new ArrayList<>();
    private final List<Descriptor> descriptors = new ArrayList<>();
    private int sentence;

    DocumentBuilder(SyntheticCorpus corpus, Random random, String author) {
        this.corpus = corpus;
        this.random = random;
        this.author = author;
    }

    String title() {
        return corpus.place(random).name() + ": " + capitalise(SyntheticCorpus.pick(random, Vocabulary.ADJECTIVES))
                + " " + SyntheticCorpus.pick(random, Vocabulary.NOUNS) + " "
                + SyntheticCorpus.pick(random, Vocabulary.VERB_PHRASES) + " "
                + (2 + random.nextInt(90)) + " " + SyntheticCorpus.pick(random, Vocabulary.UNITS);
    }

    /** {@code count} sentences, about half of them carrying a claim. */
    void write(int count) {
        for (int i = 0; i < count; i++) {
            switch (random.nextInt(10)) {
                case 0, 1 -> speakerWithRole();
                case 2 -> throughOutlet();
                case 3 -> directQuote();
                case 4 -> organisationStatement();
                case 5 -> authorClaim();
                default -> filler(1);
            }
            sentence++;
        }
    }

    void filler(int count) {
        for (int i = 0; i < count; i++) {
            if (random.nextBoolean()) {
                text("Fighting and protests continued near ");
                mention(corpus.place(random), null);
                text(". ");
            } else {
                text(SyntheticCorpus.pick(random, Vocabulary.FILLER) + " ");
            }
        }
    }

    String body() {
        return body.toString().strip();
    }

    int sentences() {
        return sentence;
    }

    List<Mention> mentions() {
        return mentions;
    }

    List<Claim> claims() {
        return claims;
    }

    List<Descriptor> descriptors() {
        return descriptors;
    }

    /** "Anna Weber, the director of the Lagos Energy Agency, warned that the ... ." */
    private void speakerWithRole() {
        Entity person = corpus.person(random);
        Entity organisation = corpus.organisation(random);
        int[] claimant = mention(person, null);
        text(", ");
        int descriptorStart = body.length();
        text("the " + SyntheticCorpus.pick(random, Vocabulary.ROLES) + " of the ");
        mention(organisation, null);
        descriptors.add(new Descriptor(person.index(), body.substring(descriptorStart), descriptorStart,
                body.length()));
        text(", ");
        reported("INDIRECT", person, claimant, List.of(), " that ");
    }

    /** "According to The New York Times, Weber said that ... ." */
    private void throughOutlet() {
        String outlet = SyntheticCorpus.pick(random, Vocabulary.OUTLETS);
        text("According to " + outlet + ", ");
        Entity person = corpus.person(random);
        int[] claimant = mention(person, person.aliases().get(0));
        text(" ");
        reported("INDIRECT", person, claimant,
                List.of(new Link("OUTLET", outlet, null, "according to", claimant[0] - outlet.length() - 2,
                        claimant[0] - 2)), " that ");
    }

    /** "“The ... .” Weber told reporters." */
    private void directQuote() {
        Entity person = corpus.person(random);
        text("\u201c");
        ClaimText content = clause(true);
        text(".\u201d ");
        int[] claimant = mention(person, person.aliases().get(0));
        text(" ");
        int cueStart = body.length();
        String cue = SyntheticCorpus.pick(random, Vocabulary.CUES);
        text(cue + ". ");
        addClaim("DIRECT_QUOTE", content, person, claimant, cue, cueStart, List.of());
    }

    /** "The Lagos Energy Agency said in a statement that ... ." */
    private void organisationStatement() {
        text("The ");
        Entity organisation = corpus.organisation(random);
        int[] claimant = mention(organisation, null);
        text(" ");
        reported("INDIRECT", organisation, claimant, List.of(), " in a statement that ");
    }

    /** "In truth, the ... ." : the author's own claim, no claimant. */
    private void authorClaim() {
        text("In truth, ");
        ClaimText content = clause(false);
        text(". ");
        addClaim("AUTHOR", content, null, null, null, -1, List.of());
    }

    private void reported(String kind, Entity speaker, int[] claimant, List<Link> outlets, String link) {
        int cueStart = body.length();
        String cue = SyntheticCorpus.pick(random, Vocabulary.CUES);
        text(cue + link);
        ClaimText content = clause(false);
        text(". ");
        addClaim(kind, content, speaker, claimant, cue, cueStart, outlets);
    }

    private void addClaim(String kind, ClaimText content, Entity speaker, int[] claimant, String cue, int cueStart,
                          List<Link> outlets) {
        List<Link> chain = new ArrayList<>();
        chain.add(new Link("AUTHOR", author, null, null, null, null));
        chain.addAll(outlets);
        if (speaker != null) {
            chain.add(new Link("SPEAKER", body.substring(claimant[0], claimant[1]), speaker.index(), cue,
                    claimant[0], claimant[1]));
        }
        Certainty certainty = Certainty.of(cue, content.text());
        double worthiness = Math.min(1, 0.15 + 0.6 * random.nextDouble() + (content.quantity() == null ? 0 : 0.2));
        claims.add(new Claim(claims.size(), kind, content.text(), content.start(), content.end(),
                speaker == null ? null : body.substring(claimant[0], claimant[1]),
                speaker == null ? null : claimant[0], speaker == null ? null : claimant[1],
                speaker == null ? null : speaker.index(), cue, cue == null ? null : cueStart,
                cue == null ? null : cueStart + cue.length(), sentence, certainty.level, certainty.score,
                certainty.cue, Math.round(worthiness * 1000) / 1000.0, chain, content.about(),
                content.quantity() == null ? List.of() : List.of(content.quantity())));
    }

    /** A clause with its place mentioned; capitalised for a quotation. */
    private ClaimText clause(boolean capitalised) {
        SharedClause shared = corpus.clause(random);
        String[] parts = shared.text().split("\\{place}", 2);
        int start = body.length();
        text(capitalised ? capitalise(parts[0]) : parts[0]);
        Entity place = corpus.entity(shared.place());
        mention(place, null);
        text(parts[1]);
        String content = body.substring(start);
        int at = content.indexOf(shared.quantity());
        Quantity quantity = at < 0 ? null : new Quantity(shared.quantity(), start + at,
                start + at + shared.quantity().length(), shared.value(), shared.unit());
        Set<Integer> about = new LinkedHashSet<>();
        about.add(place.index());
        return new ClaimText(content, start, body.length(), about, quantity);
    }

    private int[] mention(Entity entity, String surface) {
        String text = surface == null ? entity.name() : surface;
        int start = body.length();
        body.append(text);
        mentions.add(new Mention(entity.index(), text, start, body.length(), sentence));
        return new int[] {start, body.length()};
    }

    private void text(String text) {
        body.append(text);
    }

    private static String capitalise(String text) {
        return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    private record ClaimText(String text, int start, int end, Set<Integer> about, Quantity quantity) {
    }

    /** The certainty analysis would give: the cue's, else a hedging modal in the clause, else plainly asserted. */
    private record Certainty(String level, double score, String cue) {

        static Certainty of(String cue, String clause) {
            if (cue != null) {
                switch (cue) {
                    case "confirmed", "admitted" -> {
                        return new Certainty("CERTAIN", 0.95, cue);
                    }
                    case "claimed", "denied", "insisted" -> {
                        return new Certainty("DISTANCED", 0.3, cue);
                    }
                    case "estimated", "suggested" -> {
                        return new Certainty("HEDGED", 0.5, cue);
                    }
                    default -> {
                        // the clause decides
                    }
                }
            }
            for (String modal : List.of("could", "may", "might", "likely")) {
                if (clause.contains(modal + " ")) {
                    return new Certainty("HEDGED", 0.55, modal);
                }
            }
            return new Certainty("ASSERTED", 0.8, null);
        }
    }
}
