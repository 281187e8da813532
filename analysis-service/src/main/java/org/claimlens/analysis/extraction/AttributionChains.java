package org.claimlens.analysis.extraction;

import org.claimlens.analysis.extraction.ChainLink.ChainRole;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The path each claim takes to the reader, outermost first: the article's author (its byline, else its publisher,
 * else an unnamed "author"); each outlet whose passage the claim sits in; each speaker whose reported words hold the
 * claim and its claimant ("X said Y told him that ..."); then the claimant, as an outlet when it is one ("according
 * to the New York Times") and as a speaker otherwise.
 */
final class AttributionChains {

    static final String IMPLICIT_AUTHOR = "author";

    private final EntityIndex entities;
    private final List<ReproducedPassage> passages;
    private final ChainLink author;

    AttributionChains(Article article, EntityIndex entities, List<ReproducedPassage> passages) {
        this.entities = entities;
        this.passages = passages.stream()
                .sorted(Comparator.comparingInt((ReproducedPassage p) -> p.extent().start())
                        .thenComparing(p -> -p.extent().end()))
                .toList();
        this.author = authorLink(article, entities);
    }

    /** The byline's person or the publisher, linked to the document's entity of that name when the text names it. */
    private static ChainLink authorLink(Article article, EntityIndex entities) {
        if (article.author() != null && !article.author().isBlank()) {
            String name = article.author().strip();
            return new ChainLink(ChainRole.AUTHOR, name, null,
                    entities.keyNamed(EntityType.PERSON, name).orElse(null), null);
        }
        if (article.source() != null && !article.source().isBlank()) {
            String name = article.source().strip();
            return new ChainLink(ChainRole.AUTHOR, name, null,
                    entities.keyNamed(EntityType.ORGANIZATION, name).orElse(null), null);
        }
        return new ChainLink(ChainRole.AUTHOR, IMPLICIT_AUTHOR, null, null, null);
    }

    List<ChainLink> chain(Claim claim, List<Claim> all) {
        List<ChainLink> chain = new ArrayList<>(List.of(author));
        for (ReproducedPassage passage : passages) {
            if (passage.contains(claim.content().start())) {
                add(chain, new ChainLink(ChainRole.OUTLET, passage.name(), passage.outlet(), passage.entityKey(),
                        null));
            }
        }
        if (claim.kind() == ClaimKind.AUTHOR) {
            return chain;
        }
        all.stream()
                .filter(outer -> outer != claim && outer.kind() != ClaimKind.AUTHOR && encloses(outer, claim))
                .sorted(Comparator.comparingInt((Claim outer) -> outer.content().start())
                        .thenComparing(outer -> -outer.content().end()))
                .forEach(outer -> add(chain, claimantLink(outer)));
        if (claim.claimant() != null) {
            add(chain, claimantLink(claim));
        }
        return chain;
    }

    /** Whether the outer claim's reported words hold this claim and the one it comes from. */
    private static boolean encloses(Claim outer, Claim claim) {
        return outer.claimant() != null && within(claim.content(), outer.content())
                && (claim.claimant() == null || within(claim.claimant(), outer.content()));
    }

    private static boolean within(Span inner, Span outer) {
        return outer.start() <= inner.start() && inner.end() <= outer.end() && !inner.equals(outer);
    }

    private ChainLink claimantLink(Claim claim) {
        String name = entities.nameOf(claim.claimantEntityKey(), claim.claimant().text().replaceAll("\\s+", " "));
        ChainRole role = entities.namesOutlet(claim.claimant().text(), claim.claimantEntityKey())
                ? ChainRole.OUTLET : ChainRole.SPEAKER;
        return new ChainLink(role, name, claim.claimant(), claim.claimantEntityKey(), claim.cue());
    }

    /** Adds the link unless it repeats the source just before it: the outlet whose passage names itself. */
    private static void add(List<ChainLink> chain, ChainLink link) {
        ChainLink last = chain.get(chain.size() - 1);
        boolean repeats = last.role() == link.role() && (link.entityKey() != null
                ? Objects.equals(last.entityKey(), link.entityKey()) : last.name().equalsIgnoreCase(link.name()));
        if (repeats) {
            chain.set(chain.size() - 1, link.cue() != null ? link : last);
        } else {
            chain.add(link);
        }
    }
}
