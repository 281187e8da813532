package org.claimlens.analysis.extraction;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Titles and roles the text gives people and organisations, linked to their entities at exact offsets. */
class DescriptorFinderTest {

    private static final Path SAMPLE = Path.of("/work/shared/corpus/samples/isis-syria-stalls.txt");

    @Test
    void titlesBeforeANameAreItsModifiers() {
        List<Tuple> found = described("Senator Lindsey Graham met Vice President Mike Pence on Tuesday, a day after "
                + "former Secretary of Defense James Mattis warned against the withdrawal. President Trump did not "
                + "attend.");

        assertThat(found).containsExactly(
                tuple("PERSON:lindsey graham", "Senator"),
                tuple("PERSON:mike pence", "Vice President"),
                tuple("PERSON:james mattis", "former Secretary of Defense"),
                tuple("PERSON:donald trump", "President"));
    }

    @Test
    void rolesWrittenAsCompoundsCountWhenTheyEndInATitleNoun() {
        List<Tuple> found = described("Health Minister Ruth Okafor told parliament the clinics would open in April. "
                + "Councilman Victor Alvarez called the plan late. Opposition lawmaker Samuel Ito voted against it.");

        assertThat(found).containsExactly(
                tuple("PERSON:ruth okafor", "Health Minister"),
                tuple("PERSON:victor alvarez", "Councilman"),
                tuple("PERSON:samuel ito", "Opposition lawmaker"));
    }

    @Test
    void anAppositiveAfterTheNameStopsBeforeItsRelativeClause() {
        List<Tuple> found = described("Russell Travers, the acting head of the National Counterterrorism Center, "
                + "told senators the group was rebuilding. Hannah Reyes, an engineer at the Coastal Resilience "
                + "Institute who was not involved in the project, said the design was sound.");

        assertThat(found).containsExactly(
                tuple("PERSON:russell travers", "the acting head of the National Counterterrorism Center"),
                tuple("PERSON:hannah reyes", "an engineer at the Coastal Resilience Institute"));
    }

    @Test
    void coordinatedAppositivesAreSplit() {
        List<Tuple> found = described("The decision was criticised by Senator Lindsey Graham, Republican of South "
                + "Carolina and a prominent Trump ally who has nonetheless questioned the drawdown.");

        assertThat(found).containsExactly(
                tuple("PERSON:lindsey graham", "Senator"),
                tuple("PERSON:lindsey graham", "Republican of South Carolina"),
                tuple("PERSON:lindsey graham", "a prominent Trump ally"));
    }

    @Test
    void anAppositiveBeforeTheNameDescribesIt() {
        List<Tuple> found = described("The agency's director, Paula Brennan, told reporters that the draft could "
                + "still change.");

        assertThat(found).containsExactly(tuple("PERSON:paula brennan", "The agency's director"));
    }

    @Test
    void organisationsGetTheirAppositivesToo() {
        List<Tuple> found = described("Fighters from the Syrian Democratic Forces, the Kurdish-led militia that "
                + "holds the east of the country, stopped their advance on Friday.");

        assertThat(found).containsExactly(tuple("ORGANIZATION:syrian democratic forces", "the Kurdish-led militia"));
    }

    @Test
    void honorificsAreNotDescriptors() {
        assertThat(described("Mr. Graham and Dr. Lena Fischer spoke with Mrs. Alvarez and Ms. Okafor after the "
                + "hearing.")).isEmpty();
    }

    @Test
    void aSentenceWithoutTitlesHasNoDescriptors() {
        assertThat(described("Lena Fischer and Samuel Ito arrived in Riverton on Monday to inspect the barrier."))
                .isEmpty();
    }

    @Test
    void aListOfPeopleIsNotReadAsRoles() {
        assertThat(described("The hearing was attended by Lindsey Graham, Mike Pence and a handful of aides."))
                .isEmpty();
    }

    @Test
    void descriptorsNeverComeFromAnotherSentence() {
        String text = "The minister spoke first. Ruth Okafor said the clinics were ready. An engineer at the "
                + "institute disagreed. Hannah Reyes left early.";

        DocumentAnalysis analysis = SharedAnalyzer.analyze(text);

        assertThat(analysis.descriptors()).isEmpty();
    }

    @Test
    void quotationsAreNotMinedForDescriptors() {
        List<Tuple> found = described("\u201cSenator Graham, the chairman of the committee, is simply wrong,\u201d "
                + "said Maria Lopez, a spokeswoman for the Interior Ministry.");

        assertThat(found).containsExactly(tuple("PERSON:maria lopez", "a spokeswoman for the Interior Ministry"));
    }

    @Test
    void theActingHeadOfTheCounterterrorismCenterInTheSampleArticle() throws IOException {
        assumeTrue(Files.isRegularFile(SAMPLE), () -> "sample article not available: " + SAMPLE);

        List<Tuple> found = described(Files.readString(SAMPLE));

        assertThat(found).contains(
                tuple("PERSON:russell travers", "the acting head of the National Counterterrorism Center"));
    }

    /** Each descriptor as (entity key, text), after checking its offsets quote the text of its own sentence. */
    private static List<Tuple> described(String text) {
        DocumentAnalysis analysis = SharedAnalyzer.analyze(text);
        for (Descriptor descriptor : analysis.descriptors()) {
            Span span = descriptor.span();
            assertThat(text.substring(span.start(), span.end())).as("descriptor %s", descriptor)
                    .isEqualTo(span.text());
            assertThat(analysis.mentions()).as("a mention of %s in the sentence of %s", descriptor.entityKey(), span)
                    .anyMatch(mention -> mention.entityKey().equals(descriptor.entityKey())
                            && isInSentenceOf(text, mention, span));
        }
        return analysis.descriptors().stream()
                .map(descriptor -> tuple(descriptor.entityKey(), descriptor.span().text()))
                .toList();
    }

    /** No sentence end between the mention and the descriptor. */
    private static boolean isInSentenceOf(String text, Mention mention, Span span) {
        String between = text.substring(Math.min(mention.end(), span.end()), Math.max(mention.start(), span.start()));
        return !between.matches("(?s).*[.!?]\\s+\\p{Lu}.*");
    }
}
