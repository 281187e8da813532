package org.claimlens.analysis.extraction;

/**
 * One hop in the path a claim takes to the reader: "the author -> The New York Times -> Russell Travers".
 *
 * @param role      what the hop is
 * @param name      who it is: the words of the text, or the article's byline/source for the author
 * @param span      where the text names it; null when it comes from the article's metadata or is implicit
 * @param entityKey the {@link DocumentEntity#key()} it refers to, when known
 * @param cue       the words by which this hop passes the claim on ("reported", "said"); may be null
 */
public record ChainLink(ChainRole role, String name, Span span, String entityKey, Span cue) {

    public enum ChainRole {
        /** The article itself: its author or, without a byline, its publisher. */
        AUTHOR,
        /** A publication whose reporting the article reproduces or cites. */
        OUTLET,
        /** A person, organisation or group that makes the statement. */
        SPEAKER
    }
}
