package org.claimlens.analysis.evaluation;

import org.claimlens.analysis.extraction.Article;
import org.claimlens.analysis.extraction.CoreNlpAnalyzer;
import org.claimlens.analysis.extraction.EntityType;
import org.claimlens.analysis.extraction.ExtractionSettings;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The service's own extractor, called through {@link CoreNlpAnalyzer#analyze} exactly as the service calls it.
 * Dates, amounts, percentages and numbers are not CoNLL entities and are left out.
 */
final class ProductNer implements NerSystem {

    private static final Map<EntityType, String> CONLL_TYPES = Map.of(
            EntityType.PERSON, "PER",
            EntityType.ORGANIZATION, "ORG",
            EntityType.LOCATION, "LOC",
            EntityType.NATIONALITY, "MISC",
            EntityType.MISC, "MISC");

    private final CoreNlpAnalyzer analyzer;

    /** @param settings {@link ExtractionSettings#entitiesOnly()} skips the claims */
    ProductNer(ExtractionSettings settings) {
        this.analyzer = new CoreNlpAnalyzer(settings);
    }

    @Override
    public String name() {
        return "claimlens";
    }

    @Override
    public List<Found> find(String text) {
        return analyzer.analyze(Article.ofText(text)).mentions().stream()
                .flatMap(mention -> conllType(mention.type())
                        .map(type -> new Found(mention.start(), mention.end(), type)).stream())
                .toList();
    }

    static Optional<String> conllType(EntityType type) {
        return Optional.ofNullable(CONLL_TYPES.get(type));
    }
}
