package org.claimlens.analysis.extraction;

/**
 * Text an article reproduces from a news outlet, from its byline or introduction to where the article's own voice
 * resumes.
 *
 * @param extent    the reproduced text, {@code [start, end)}
 * @param outlet    where the article names the outlet: in the byline or in the introducing sentence
 * @param name      the outlet's canonical name when it resolved to an entity, else as written
 * @param entityKey the outlet's {@link DocumentEntity#key()}, when known
 */
record ReproducedPassage(Span extent, Span outlet, String name, String entityKey) {

    boolean contains(int offset) {
        return extent.start() <= offset && offset < extent.end();
    }
}
