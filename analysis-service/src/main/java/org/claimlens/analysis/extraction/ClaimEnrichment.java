package org.claimlens.analysis.extraction;

import edu.stanford.nlp.ling.CoreLabel;
import org.claimlens.analysis.checkworthiness.CheckWorthinessScorer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Completes the claims the finders produced and adds the article's own: drops editorial noise, finds the passages
 * reproduced from outlets, makes every unattributed statement an AUTHOR claim, and gives each claim its attribution
 * chain, certainty, quantities, the entities it is about and its check-worthiness. Reads tokens, sentences, the text
 * and the resolved entities only; thread-safe.
 */
final class ClaimEnrichment {

    /** Fewer words left once the noise is cut off: nothing is claimed. */
    private static final int MIN_CONTENT_WORDS = 3;

    private final CheckWorthinessScorer checkWorthiness;
    private final CuratedAliases aliases = new CuratedAliases();

    ClaimEnrichment(CheckWorthinessScorer checkWorthiness) {
        this.checkWorthiness = checkWorthiness;
    }

    List<Claim> enrich(Article article, ParsedDocument document, List<Mention> mentions,
                       List<DocumentEntity> entities, List<Claim> found) {
        DocumentLayout layout = DocumentLayout.of(document);
        EditorialNoise noise = EditorialNoise.in(document.text());
        EntityIndex index = new EntityIndex(mentions, entities, aliases);
        List<ReproducedPassage> passages = new ReproducedPassages(layout, index, noise).find();
        List<Claim> claims = new ArrayList<>();
        for (Claim claim : found) {
            withoutNoise(claim, layout, noise).ifPresent(claims::add);
        }
        claims.addAll(new OwnVoiceClaims(layout, noise).find(List.copyOf(claims), passages, article.title()));
        claims.sort(Comparator.comparingInt((Claim claim) -> claim.content().start())
                .thenComparingInt(claim -> claim.content().end()));
        AttributionChains chains = new AttributionChains(article, index, passages);
        CertaintyRater certainty = new CertaintyRater(layout);
        QuantityFinder quantities = new QuantityFinder(layout);
        AboutEntities about = new AboutEntities(index);
        List<Claim> bare = List.copyOf(claims);
        return bare.stream()
                .map(claim -> claim.withChain(chains.chain(claim, bare))
                        .withCertainty(certainty.rate(claim))
                        .withQuantities(quantities.find(claim.content()))
                        .withAboutEntityKeys(about.of(claim))
                        .withCheckWorthiness(score(claim)))
                .toList();
    }

    /** The claim with its content cut short of noise ("... in the region (emphasis added)"), if any is left. */
    private static Optional<Claim> withoutNoise(Claim claim, DocumentLayout layout, EditorialNoise noise) {
        Span content = claim.content();
        if (noise.covers(content.start())) {
            return Optional.empty();
        }
        List<CoreLabel> tokens = layout.tokensIn(content);
        int kept = 0;
        while (kept < tokens.size() && !noise.covers(tokens.get(kept).beginPosition())) {
            kept++;
        }
        if (kept == tokens.size()) {
            return Optional.of(claim);
        }
        List<CoreLabel> rest = tokens.subList(0, kept);
        while (!rest.isEmpty() && !TokenKinds.isWord(rest.get(rest.size() - 1))) {
            rest = rest.subList(0, rest.size() - 1);
        }
        if (rest.stream().filter(TokenKinds::isWord).count() < MIN_CONTENT_WORDS) {
            return Optional.empty();
        }
        return Optional.of(new Claim(layout.span(rest), claim.kind(), claim.claimant(), claim.claimantEntityKey(),
                claim.cue(), claim.sentenceIndex()));
    }

    private CheckWorthinessScore score(Claim claim) {
        double score = Math.max(0, Math.min(1, checkWorthiness.score(claim.content().text())));
        return new CheckWorthinessScore(score, score >= checkWorthiness.threshold());
    }
}
