package org.claimlens.analysis.extraction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MentionFinderTest {

    @Test
    void dashesAndBracketsAtTheEdgeOfANameAreNotPartOfIt() {
        ParsedDocument document = TaggedText.parse(
                "Reporting by --/PERSON Luli/PERSON Popescu/PERSON",
                "Held by (/ORGANIZATION Apex/ORGANIZATION Bank/ORGANIZATION -/ORGANIZATION today");

        assertThat(new MentionFinder().find(document)).extracting(Mention::text)
                .containsExactly("Luli Popescu", "Apex Bank");
    }

    @Test
    void aClosingBracketOrAbbreviationStopThatBelongsToTheNameStays() {
        ParsedDocument document = TaggedText.parse(
                "Mladost/ORGANIZATION (/ORGANIZATION L/ORGANIZATION )/ORGANIZATION 2",
                "Salomon/ORGANIZATION Bros/ORGANIZATION ./ORGANIZATION");

        assertThat(new MentionFinder().find(document)).extracting(Mention::text)
                .containsExactly("Mladost ( L )", "Salomon Bros .");
    }
}
