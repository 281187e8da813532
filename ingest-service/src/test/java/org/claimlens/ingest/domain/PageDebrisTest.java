package org.claimlens.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageDebrisTest {

    @ParameterizedTest
    @ValueSource(strings = {"Click to enlarge", "Comments are closed, but trackbacks and pingbacks are open.",
            "Continues …", "Continues...", "The post Harbor wall delayed appeared first on The Ledger.", "Share this:",
            "Related posts", "Related", "  Read more »  ", "Advertisement", "Leave a reply"})
    void debrisLinesGo(String debris) {
        assertThat(PageDebris.strip("First paragraph.\n\n" + debris + "\n\nLast paragraph."))
                .isEqualTo("First paragraph.\n\nLast paragraph.");
    }

    @Test
    void sentencesThatMentionTheSamePhrasesStay() {
        String text = """
                The council said comments are closed until Friday, a spokesman added.
                She told the post office that it appeared first on a list.
                Related news is expected next week.
                Share this: the mayor's plan costs $4 million.""";

        assertThat(PageDebris.strip(text)).isEqualTo(text);
    }

    @Test
    void aTrailingEnlargeHintLeavesTheCaption() {
        assertThat(PageDebris.strip("ISIS held a parade last week in Libya. Click to enlarge\nNext line."))
                .isEqualTo("ISIS held a parade last week in Libya.\nNext line.");
    }

    @Test
    void aLoneSourceHeadingAtTheEndGoesButNotInTheMiddle() {
        assertThat(PageDebris.strip("Body.\n\nSource\n")).isEqualTo("Body.\n");
        assertThat(PageDebris.strip("Source\nBody.")).isEqualTo("Source\nBody.");
    }

    @Test
    void spacingOfKeptLinesIsUntouched() {
        assertThat(PageDebris.strip("  Indented   line\n\n\n\tTabbed")).isEqualTo("  Indented   line\n\n\n\tTabbed");
    }
}
