package org.claimlens.analysis.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words an article carries that state nothing: editors' asides ("(emphasis added)", "Click to enlarge", a closing
 * "Ed."), page furniture lines ("Continues …", "Comments are closed", "The post … appeared first on …") and the
 * framing that only points the reader at a statement ("Readers will note that …"). None of it is ever a claim.
 */
final class EditorialNoise {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.MULTILINE;
    private static final Pattern ASIDES = Pattern.compile(
            "\\(\\s*(?:emphasis|italics|bold|underlining)(?:\\s+(?:added|mine|ours|in original))?\\s*\\)"
                    + "|\\bclick (?:here )?to (?:enlarge|expand|zoom)\\b", FLAGS);
    /** An editor's sign-off closing a paragraph; case matters, "ed." inside a sentence is something else. */
    private static final Pattern SIGN_OFF = Pattern.compile("(?<=[.!?\u201d\"]\\s{1,3})(?:Ed|ED)\\.?[ \\t]*$",
            Pattern.MULTILINE);
    private static final Pattern FURNITURE = Pattern.compile("^[ \\t]*(?:"
            + "continues\\b.{0,20}"
            + "|continued on .*|read more\\b.{0,40}|comments are closed\\b.*"
            + "|the post\\b.{1,300}\\bappeared first on\\b.*"
            + "|share this(?: article| story)?:?|follow us on\\b.{0,40}|(?:sign up|subscribe) (?:to|for) our\\b.{0,60}"
            + "|advertisement)[ \\t]*$", FLAGS);
    /** "Readers will note": what follows "that" is the author's statement; without "that" there is none. */
    private static final Pattern READER_FRAMING = Pattern.compile(
            "^(?:readers|you) (?:will|may|might|should|would|can) (?:note|recall|remember|notice|see|know)\\b"
                    + "(?:\\s*,)?(\\s+that\\b)?\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern IMPERATIVE_FRAMING = Pattern.compile(
            "^(?:remember|note|recall|mind you)(?:\\s*,|\\s+that\\b)\\s*", Pattern.CASE_INSENSITIVE);

    /** {@link #statementStart} of a sentence that is all framing. */
    static final int NO_STATEMENT = -1;

    private final List<Span> spans;
    private final List<Span> furniture;
    private final List<Span> asides;

    private EditorialNoise(List<Span> furniture, List<Span> asides, List<Span> signOffs) {
        List<Span> all = new ArrayList<>(furniture);
        all.addAll(asides);
        all.addAll(signOffs);
        this.spans = List.copyOf(all);
        this.furniture = furniture;
        this.asides = asides;
    }

    static EditorialNoise in(String text) {
        return new EditorialNoise(matches(FURNITURE, text), matches(ASIDES, text), matches(SIGN_OFF, text));
    }

    private static List<Span> matches(Pattern pattern, String text) {
        List<Span> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            if (matcher.end() > matcher.start()) {
                found.add(new Span(matcher.start(), matcher.end(), matcher.group()));
            }
        }
        return List.copyOf(found);
    }

    /** Whether the character at the offset belongs to noise. */
    boolean covers(int offset) {
        return inside(offset, spans);
    }

    /** Whether the character at the offset belongs to an editor's aside such as "(emphasis added)". */
    boolean isAside(int offset) {
        return inside(offset, asides);
    }

    private static boolean inside(int offset, List<Span> spans) {
        return spans.stream().anyMatch(span -> span.start() <= offset && offset < span.end());
    }

    /** Whether the line is page furniture: it ends any passage the article reproduces. */
    boolean isFurniture(Span line) {
        return furniture.stream().anyMatch(f -> f.start() <= line.start() && line.end() <= f.end());
    }

    /**
     * Where the statement of a sentence starts once its framing is skipped: 0 without framing, the offset after
     * "Readers will note that" or "Remember," with it, and {@link #NO_STATEMENT} for framing without a clause
     * ("Readers will recall images of ...").
     */
    static int statementStart(String sentence) {
        Matcher reader = READER_FRAMING.matcher(sentence);
        if (reader.find()) {
            return reader.group(1) == null ? NO_STATEMENT : reader.end();
        }
        Matcher imperative = IMPERATIVE_FRAMING.matcher(sentence);
        return imperative.find() ? imperative.end() : 0;
    }
}
