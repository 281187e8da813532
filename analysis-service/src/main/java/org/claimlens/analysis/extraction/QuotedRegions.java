package org.claimlens.analysis.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a text quotes someone, read from its quotation marks line by line. A straight mark opens a quotation when
 * it follows a space and precedes a word, and closes one otherwise, so that "... 26 weeks. "We are ..." reopens
 * rather than closes; a quotation left open ends with its line.
 */
final class QuotedRegions {

    private static final char STRAIGHT = '"';
    private static final char OPENING = '\u201c';
    private static final char CLOSING = '\u201d';

    private final List<int[]> regions;

    private QuotedRegions(List<int[]> regions) {
        this.regions = regions;
    }

    static QuotedRegions in(String text) {
        List<int[]> regions = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (open >= 0) {
                    regions.add(new int[] {open, i});
                }
                open = -1;
            } else if (c == OPENING || c == STRAIGHT && opens(text, i)) {
                if (open < 0) {
                    open = i + 1;
                }
            } else if ((c == CLOSING || c == STRAIGHT) && open >= 0) {
                regions.add(new int[] {open, i});
                open = -1;
            }
        }
        if (open >= 0) {
            regions.add(new int[] {open, text.length()});
        }
        return new QuotedRegions(List.copyOf(regions));
    }

    private static boolean opens(String text, int i) {
        boolean afterSpace = i == 0 || Character.isWhitespace(text.charAt(i - 1)) || text.charAt(i - 1) == '(';
        boolean beforeWord = i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
        return afterSpace && beforeWord;
    }

    /** Index of the quotation holding the offset, or -1 outside quotations. */
    int quotationAt(int offset) {
        for (int i = 0; i < regions.size(); i++) {
            if (regions.get(i)[0] <= offset && offset < regions.get(i)[1]) {
                return i;
            }
        }
        return -1;
    }
}
