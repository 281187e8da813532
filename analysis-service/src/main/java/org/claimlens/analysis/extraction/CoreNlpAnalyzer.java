package org.claimlens.analysis.extraction;

import org.claimlens.analysis.checkworthiness.CheckWorthinessScorer;

import java.util.List;

/**
 * The extractor on Stanford CoreNLP: statistical NER for entities; a trained cue model and rules over tokens, parts
 * of speech and entity labels for claims, with no parse.
 * Construct once per process (loading takes several seconds); {@link #analyze} may be called from many threads.
 */
public final class CoreNlpAnalyzer implements DocumentAnalyzer {

    /** Bump whenever a rule changes what is extracted, so older results can be found and reprocessed. */
    static final int RULES_VERSION = 8;

    private final ExtractionSettings settings;
    private final CoreNlpPipeline pipeline;
    private final LanguageDetector languageDetector = new LanguageDetector();
    private final MentionFinder mentionFinder = new MentionFinder();
    private final CuratedAliases aliases = new CuratedAliases();
    private final EntityResolver entityResolver = new EntityResolver(aliases);
    private final AttributedClaims attributedClaims;
    private final DescriptorFinder descriptorFinder = new DescriptorFinder();
    private final ClaimEnrichment claimEnrichment = new ClaimEnrichment(CheckWorthinessScorer.shipped());

    public CoreNlpAnalyzer(ExtractionSettings settings) {
        this.settings = settings;
        this.pipeline = new CoreNlpPipeline(settings.pipelineOverrides());
        this.attributedClaims = new AttributedClaims(CueModel.shipped(), ClaimantModel.shipped(),
                settings.minQuoteTokens());
    }

    @Override
    public String version() {
        return "corenlp-" + CoreNlpPipeline.CORENLP_VERSION + "+claimlens-" + RULES_VERSION;
    }

    @Override
    public DocumentAnalysis analyze(Article article) {
        String text = article.text();
        if (text.length() > settings.maxCharacters()) {
            throw new ExtractionException("text has " + text.length() + " characters, more than the limit of "
                    + settings.maxCharacters());
        }
        String language = languageDetector.detect(text);
        if (!language.equals(LanguageDetector.ENGLISH)) {
            // the English models would produce confident nonsense on other languages
            return new DocumentAnalysis(language, 0, 0, List.of(), List.of(), List.of());
        }
        ParsedDocument document = parse(text);
        AcronymDefinitions.Result found = AcronymDefinitions.apply(document,
                DocumentConsistency.apply(document, mentionFinder.find(document)));
        EntityResolver.Resolution resolution = entityResolver.resolve(found.mentions(), found.longForms());
        if (!settings.claims()) {
            // entities only, e.g. to time the entity stage alone
            return new DocumentAnalysis(language, document.tokens().size(), document.sentenceCount(),
                    resolution.mentions(), resolution.entities(), List.of());
        }
        ClaimantLinker linker = new ClaimantLinker(document, resolution.mentions(), resolution.entities(),
                aliases);
        CueContext context = new CueContext(document);
        List<Claim> claims = attributedClaims.find(context, linker);
        return new DocumentAnalysis(language, document.tokens().size(), document.sentenceCount(),
                resolution.mentions(), resolution.entities(),
                claimEnrichment.enrich(article, document, resolution.mentions(), resolution.entities(), claims),
                descriptorFinder.find(context, resolution.mentions(), claims));
    }

    /** The text annotated by CoreNLP as the extractor reads it. */
    ParsedDocument parse(String text) {
        try {
            return pipeline.parse(text);
        } catch (RuntimeException e) {
            throw new ExtractionException("CoreNLP failed: " + e.getMessage(), e);
        }
    }
}
