package org.claimlens.analysis.extraction;

import edu.stanford.nlp.ling.CoreLabel;

import java.util.Locale;
import java.util.Set;

/** The curated word lists descriptors are recognised by: title nouns ("senator") and honorifics ("Mr."). */
final class TitleWords {

    private static final Set<String> TITLES = Set.copyOf(Resources.lines("extraction/title-words.txt"));
    private static final Set<String> HONORIFICS = Set.copyOf(Resources.lines("extraction/honorifics.txt"));

    private TitleWords() {
    }

    /** "Senator", "ministers", "Sen.": the lemma is tried too, so plurals count. */
    static boolean isTitle(CoreLabel word) {
        return TITLES.contains(plain(word.word())) || word.lemma() != null && TITLES.contains(plain(word.lemma()));
    }

    static boolean isHonorific(CoreLabel word) {
        return HONORIFICS.contains(plain(word.word()));
    }

    private static String plain(String word) {
        return word.replace(".", "").toLowerCase(Locale.ROOT);
    }
}
