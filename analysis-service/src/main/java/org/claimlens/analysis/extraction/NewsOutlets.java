package org.claimlens.analysis.extraction;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Recognises the names of news outlets: by the word newspapers end their names with ("Times", "Post", "Journal")
 * or as one of the agencies and broadcasters whose names say nothing of it ("Reuters", "BBC").
 */
final class NewsOutlets {

    private static final Set<String> LAST_WORDS = Set.of("times", "post", "news", "journal", "herald", "guardian",
            "telegraph", "tribune", "gazette", "observer", "independent", "economist", "chronicle", "mail", "mirror",
            "express", "examiner", "inquirer", "magazine", "monitor", "globe", "dispatch", "courier", "bulletin",
            "wire", "daily", "weekly", "sun", "standard", "register", "press");
    private static final Set<String> NAMES = Set.of("reuters", "associated press", "ap", "afp",
            "agence france-presse", "bbc", "cnn", "npr", "bloomberg", "politico", "axios", "al jazeera", "msnbc",
            "nbc", "cbs", "abc", "newsweek", "fox news", "pbs", "the atlantic", "atlantic", "xinhua", "tass",
            "ria novosti",
            "sputnik", "rt", "vox", "slate", "buzzfeed", "huffpost", "huffington post", "breitbart", "the intercept",
            "intercept", "der spiegel", "spiegel", "le monde", "haaretz", "nyt", "wsj", "the hill", "propublica");

    private NewsOutlets() {
    }

    static boolean isOutlet(String name) {
        String normalised = name.toLowerCase(Locale.ROOT).replaceAll("[.\u2019']", "").trim()
                .replaceFirst("^the\\s+", "");
        if (normalised.isEmpty()) {
            return false;
        }
        if (NAMES.contains(normalised) || NAMES.contains("the " + normalised)) {
            return true;
        }
        List<String> words = List.of(normalised.split("\\s+"));
        return words.size() > 1 && LAST_WORDS.contains(words.get(words.size() - 1))
                || words.size() == 1 && words.get(0).equals("times");
    }
}
