package org.claimlens.analysis.extraction;

import edu.stanford.nlp.ling.CoreLabel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the passages an article reproduces from a news outlet. A byline line ("Eric Schmitt — New York Times
 * Nov 6, 2018") opens one that runs to the next byline, a page-furniture line or the end of the text. A paragraph
 * whose last sentence names an outlet and hands over to what follows (it ends in ":" or ",", announces "the
 * following", or marks "(emphasis added)") opens one in the next paragraph that runs until the article's own voice
 * resumes: a paragraph that names the outlet again, speaks in the first person or refers to "the article".
 */
final class ReproducedPassages {

    private static final int MAX_BYLINE_TOKENS = 16;
    private static final Set<String> HANDOVER_MARKS = Set.of(":", ",");
    private static final Set<String> ANNOUNCING_WORDS = Set.of("following", "follows");
    private static final Set<String> FIRST_PERSON = Set.of("i", "we", "us", "our", "ours", "my", "me");
    private static final Set<String> WRITING_WORDS = Set.of("article", "piece", "column", "op-ed", "editorial");
    private static final Set<String> REFERRING_WORDS = Set.of("the", "this", "that", "its", "their");

    private final DocumentLayout layout;
    private final EntityIndex entities;
    private final EditorialNoise noise;

    ReproducedPassages(DocumentLayout layout, EntityIndex entities, EditorialNoise noise) {
        this.layout = layout;
        this.entities = entities;
        this.noise = noise;
    }

    List<ReproducedPassage> find() {
        List<ReproducedPassage> passages = new ArrayList<>();
        List<Span> lines = layout.lines();
        for (int i = 0; i < lines.size(); i++) {
            int opener = i;
            byline(lines.get(i)).ifPresent(outlet -> passages.add(passage(outlet, opener, opener, false)));
            if (i + 1 < lines.size()) {
                introducedOutlet(lines.get(i)).ifPresent(outlet -> {
                    ReproducedPassage passage = passage(outlet, opener + 1, opener, true);
                    if (passage.extent().end() > passage.extent().start()) {
                        passages.add(passage);
                    }
                });
            }
        }
        return List.copyOf(passages);
    }

    /** The outlet a byline line names: short, no finite verb, an outlet with a person before it, a date or "By". */
    Optional<Outlet> byline(Span line) {
        List<CoreLabel> tokens = layout.tokensIn(line);
        if (tokens.isEmpty() || tokens.size() > MAX_BYLINE_TOKENS
                || tokens.stream().anyMatch(TokenKinds::isFiniteVerb)) {
            return Optional.empty();
        }
        Optional<Outlet> outlet = outletsIn(tokens).stream().findFirst();
        boolean signed = outlet.isPresent() && (TokenKinds.lower(tokens.get(0)).equals("by")
                || tokens.stream().anyMatch(token -> "DATE".equals(token.ner()))
                || entities.mentionsIn(line.start(), outlet.get().span().start()).stream()
                .anyMatch(m -> m.type() == EntityType.PERSON));
        return signed ? outlet : Optional.empty();
    }

    /** An outlet named in the text, by a tagged name or by a word such as "NYT" or "Reuters". */
    record Outlet(Span span, String name, String entityKey) {
    }

    private List<Outlet> outletsIn(List<CoreLabel> tokens) {
        if (tokens.isEmpty()) {
            return List.of();
        }
        List<Mention> named = entities.mentionsIn(tokens.get(0).beginPosition(),
                tokens.get(tokens.size() - 1).endPosition());
        List<Outlet> outlets = new ArrayList<>();
        for (CoreLabel token : tokens) {
            Optional<Mention> mention = named.stream()
                    .filter(m -> m.start() <= token.beginPosition() && token.endPosition() <= m.end()).findFirst();
            if (mention.isPresent()) {
                Mention m = mention.get();
                if (m.start() == token.beginPosition() && entities.isOutlet(m)) {
                    outlets.add(new Outlet(layout.span(m.start(), m.end()), entities.nameOf(m.entityKey(), m.text()),
                            m.entityKey()));
                }
            } else if (TokenKinds.isCapitalised(token) && NewsOutlets.isOutlet(token.word())) {
                Optional<DocumentEntity> known = entities.organisationNamed(token.word());
                outlets.add(new Outlet(layout.span(List.of(token)),
                        known.map(DocumentEntity::canonicalName).orElse(token.word()),
                        known.map(DocumentEntity::key).orElse(null)));
            }
        }
        return outlets;
    }

    /** The outlet whose words the next paragraph reproduces, named in this paragraph's handing-over last sentence. */
    private Optional<Outlet> introducedOutlet(Span line) {
        List<CoreLabel> tokens = layout.tokensIn(line);
        if (tokens.isEmpty() || noise.isFurniture(line)) {
            return Optional.empty();
        }
        int sentence = ParsedDocument.sentenceOf(tokens.get(tokens.size() - 1));
        List<CoreLabel> last = tokens.stream().filter(t -> ParsedDocument.sentenceOf(t) == sentence).toList();
        boolean handsOver = HANDOVER_MARKS.contains(last.get(last.size() - 1).word())
                || last.stream().anyMatch(t -> ANNOUNCING_WORDS.contains(TokenKinds.lower(t)))
                || last.stream().anyMatch(t -> noise.isAside(t.beginPosition()));
        if (!handsOver) {
            return Optional.empty();
        }
        List<Outlet> outlets = outletsIn(last);
        return outlets.isEmpty() ? Optional.empty() : Optional.of(outlets.get(outlets.size() - 1));
    }

    private ReproducedPassage passage(Outlet outlet, int firstLine, int openerLine, boolean introduced) {
        List<Span> lines = layout.lines();
        int last = firstLine - 1;
        for (int j = firstLine; j < lines.size(); j++) {
            Span line = lines.get(j);
            boolean ends = noise.isFurniture(line) || j != openerLine && byline(line).isPresent()
                    || introduced && resumesOwnVoice(line, outlet);
            if (ends) {
                break;
            }
            last = j;
        }
        int start = lines.get(firstLine).start();
        int end = last < firstLine ? start : lines.get(last).end();
        return new ReproducedPassage(layout.span(start, end), outlet.span(), outlet.name(), outlet.entityKey());
    }

    /** Outside quotation marks the paragraph names the outlet, says "we" or "I", or refers to "the article". */
    private boolean resumesOwnVoice(Span line, Outlet outlet) {
        boolean quoted = false;
        String previous = "";
        List<CoreLabel> tokens = layout.tokensIn(line);
        for (CoreLabel token : tokens) {
            if (TokenKinds.isQuoteMark(token)) {
                quoted = !quoted;
                continue;
            }
            String word = TokenKinds.lower(token);
            boolean firstPerson = FIRST_PERSON.contains(word) && TokenKinds.tag(token).startsWith("PRP");
            boolean writing = WRITING_WORDS.contains(word) && REFERRING_WORDS.contains(previous);
            if (!quoted && (firstPerson || writing)) {
                return true;
            }
            previous = word;
        }
        return outletsIn(tokens).stream().anyMatch(named -> named.name().equalsIgnoreCase(outlet.name()));
    }
}
