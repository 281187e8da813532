package org.claimlens.ingest.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes the lines that web pages leave in copied article text ("Click to enlarge", "Comments are closed",
 * "Continues …", "The post … appeared first on …", "Share this:", "Related posts"). Conservative on purpose: a line
 * goes only when all of it matches a known phrase, so a sentence that merely mentions one stays.
 */
public final class PageDebris {

    private static final Pattern WHOLE_LINE = Pattern.compile("(?iu)^\\s*(?:"
            + "click (?:here )?to enlarge\\.?"
            + "|comments are closed(?:, but trackbacks and pingbacks are open)?\\.?"
            + "|(?:continues|continued|read more|continue reading)\\s*(?:…|\\.\\.\\.|»|>+)?"
            + "|the post .{1,300} appeared first on .{1,120}"
            + "|share (?:this|this article|this story)?:?"
            + "|(?:like|tweet|email|print) this:?"
            + "|related(?: posts| articles| stories)?:?"
            + "|advertisement|loading\\.\\.\\.|(?:leave|post) a (?:comment|reply)"
            + ")\\s*$");
    /** A caption or sentence that ends in the enlarge hint keeps its words. */
    private static final Pattern TRAILING_ENLARGE = Pattern.compile("(?iu)\\s*\\bclick (?:here )?to enlarge\\.?\\s*$");
    /** A lone "Source" or "Sources" heading with nothing after it is the stub of a link list. */
    private static final Pattern SOURCE_STUB = Pattern.compile("(?iu)^\\s*sources?:?\\s*$");

    private PageDebris() {
    }

    /** The text without debris lines; other lines are kept exactly, runs of blank lines left behind shrink. */
    public static String strip(String text) {
        List<String> kept = new ArrayList<>();
        boolean removedSinceText = false;
        for (String line : text.split("\n", -1)) {
            String cleaned = WHOLE_LINE.matcher(line).matches() ? ""
                    : endsWithEnlarge(line) ? TRAILING_ENLARGE.matcher(line).replaceFirst("") : line;
            if (cleaned.isBlank() && !line.isBlank()) {
                removedSinceText = true;
                continue;
            }
            boolean afterBlank = !kept.isEmpty() && kept.get(kept.size() - 1).isBlank();
            if (cleaned.isBlank() && removedSinceText && afterBlank) {
                continue;
            }
            if (!cleaned.isBlank()) {
                removedSinceText = false;
            }
            kept.add(cleaned);
        }
        dropTrailingSourceStub(kept);
        return String.join("\n", kept);
    }

    /**
     * Whether the line ends in "enlarge" (and perhaps a full stop and spaces): a quick look at its end before the
     * pattern, which searches the whole line, runs on the few lines that can match.
     */
    private static boolean endsWithEnlarge(String line) {
        int end = line.length();
        while (end > 0 && isSpace(line.charAt(end - 1))) {
            end--;
        }
        if (end > 0 && line.charAt(end - 1) == '.') {
            end--;
        }
        String word = "enlarge";
        return end >= word.length() && line.regionMatches(true, end - word.length(), word, 0, word.length());
    }

    /** What {@code \s} matches in the patterns' Unicode mode, no-break spaces included. */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static void dropTrailingSourceStub(List<String> lines) {
        int last = lines.size() - 1;
        while (last >= 0 && lines.get(last).isBlank()) {
            last--;
        }
        if (last > 0 && SOURCE_STUB.matcher(lines.get(last)).matches()) {
            lines.subList(last, lines.size()).clear();
        }
    }
}
