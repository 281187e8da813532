package org.claimlens.analysis.extraction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class MentionExtractionTest {

    @Test
    void typesNamesAndValuesWithExactOffsets() {
        String text = "Angela Merkel met Emmanuel Macron in Paris on Tuesday, and the European Central Bank raised "
                + "its main rate by 0.25 percent. The deal is worth $4.5 million to the German government.";

        DocumentAnalysis analysis = SharedAnalyzer.analyze(text);

        assertThat(analysis.mentions()).extracting(Mention::text, Mention::type).containsExactly(
                tuple("Angela Merkel", EntityType.PERSON),
                tuple("Emmanuel Macron", EntityType.PERSON),
                tuple("Paris", EntityType.LOCATION),
                tuple("Tuesday", EntityType.DATE),
                tuple("European Central Bank", EntityType.ORGANIZATION),
                tuple("0.25 percent", EntityType.PERCENT),
                tuple("$4.5 million", EntityType.MONEY),
                tuple("German", EntityType.NATIONALITY));
        Mention macron = analysis.mentions().get(1);
        assertThat(macron.start()).isEqualTo(text.indexOf("Emmanuel"));
        assertThat(macron.end()).isEqualTo(text.indexOf(" in Paris"));
        assertThat(analysis.mentions()).extracting(Mention::sentenceIndex).containsExactly(0, 0, 0, 0, 0, 0, 1, 1);
        assertThat(analysis.tokenCount()).isEqualTo(35);
        assertThat(analysis.sentenceCount()).isEqualTo(2);
    }

    @Test
    void everyMentionBelongsToAnEntity() {
        DocumentAnalysis analysis = SharedAnalyzer.analyze("Russell Travers leads the National Counterterrorism "
                + "Center in Virginia. Travers said the center would publish its report in May.");

        assertThat(analysis.mentions()).allSatisfy(mention -> assertThat(analysis.entities())
                .anySatisfy(entity -> assertThat(entity.key()).isEqualTo(mention.entityKey())));
    }

    @Test
    void noPronounsSignOffsOrPageFurniture() {
        String text = "He told her that she would call him back. Click to enlarge. Comments are closed, but the "
                + "debate in Berlin goes on and the mayor of Berlin has been asked to respond. Ed.";

        DocumentAnalysis analysis = SharedAnalyzer.analyze(text);

        assertThat(analysis.mentions()).extracting(Mention::text).containsExactly("Berlin", "Berlin");
    }

    @Test
    void namesDoNotRunAcrossLineBreaks() {
        String text = "Fight Against ISIS Stalls\nEric Schmitt reports from Washington on the campaign in Syria.";

        DocumentAnalysis analysis = SharedAnalyzer.analyze(text);

        assertThat(analysis.mentions()).extracting(Mention::text).noneMatch(name -> name.contains("\n"));
        assertThat(analysis.mentions()).extracting(Mention::text).contains("Eric Schmitt", "Washington");
    }
}
