package org.claimlens.analysis.extraction;

import edu.stanford.nlp.ling.CoreAnnotations.CharacterOffsetBeginAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations.CharacterOffsetEndAnnotation;
import edu.stanford.nlp.pipeline.Annotation;
import org.claimlens.analysis.checkworthiness.CheckWorthinessScorer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The extractor on Stanford CoreNLP: statistical NER, dependency parse and quote attribution for English text.
 * Construct once per process (loading takes several seconds); {@link #analyze} may be called from many threads.
 */
public final class CoreNlpAnalyzer implements DocumentAnalyzer {

    /** Bump whenever a rule changes what is extracted, so older results can be found and reprocessed. */
    static final int RULES_VERSION = 7;

    private final ExtractionSettings settings;
    private final CoreNlpPipeline pipeline;
    private final LanguageDetector languageDetector = new LanguageDetector();
    private final MentionFinder mentionFinder = new MentionFinder();
    private final CuratedAliases aliases = new CuratedAliases();
    private final EntityResolver entityResolver = new EntityResolver(aliases);
    private final QuoteClaims quoteClaims;
    private final ReportedSpeechClaims reportedSpeechClaims = new ReportedSpeechClaims();
    private final DescriptorFinder descriptorFinder = new DescriptorFinder();
    private final ClaimEnrichment claimEnrichment = new ClaimEnrichment(CheckWorthinessScorer.shipped());

    public CoreNlpAnalyzer(ExtractionSettings settings) {
        this.settings = settings;
        this.pipeline = new CoreNlpPipeline(settings.pipelineOverrides(), settings.claims());
        this.quoteClaims = new QuoteClaims(settings.minQuoteTokens());
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
        ParsedDocument document = ParsedDocument.of(text, annotate(text));
        AcronymDefinitions.Result found = AcronymDefinitions.apply(document,
                DocumentConsistency.apply(document, mentionFinder.find(document)));
        EntityResolver.Resolution resolution = entityResolver.resolve(found.mentions(), found.longForms());
        if (!settings.claims()) {
            // entities only (evaluation): claims and descriptors need the dependency parse this mode skips
            return new DocumentAnalysis(language, document.tokens().size(), document.graphs().size(),
                    resolution.mentions(), resolution.entities(), List.of());
        }
        ClaimantLinker linker = new ClaimantLinker(document, resolution.mentions(), resolution.entities(),
                aliases);
        List<Claim> claims = claims(document, linker);
        return new DocumentAnalysis(language, document.tokens().size(), document.graphs().size(),
                resolution.mentions(), resolution.entities(),
                claimEnrichment.enrich(article, document, resolution.mentions(), resolution.entities(), claims),
                descriptorFinder.find(document, resolution.mentions(), claims));
    }

    private Annotation annotate(String text) {
        try {
            return pipeline.annotate(text);
        } catch (RuntimeException e) {
            throw new ExtractionException("CoreNLP failed: " + e.getMessage(), e);
        }
    }

    private List<Claim> claims(ParsedDocument document, ClaimantLinker linker) {
        List<Span> quotations = document.quotes().stream()
                .map(q -> document.span(q.get(CharacterOffsetBeginAnnotation.class),
                        q.get(CharacterOffsetEndAnnotation.class)))
                .toList();
        List<Claim> claims = new ArrayList<>(quoteClaims.find(document, linker));
        claims.addAll(reportedSpeechClaims.find(document, quotations, linker));
        claims.sort(Comparator.comparingInt((Claim claim) -> claim.content().start())
                .thenComparingInt(claim -> claim.content().end()));
        return List.copyOf(claims);
    }
}
