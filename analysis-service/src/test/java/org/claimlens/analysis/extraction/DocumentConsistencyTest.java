package org.claimlens.analysis.extraction;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.claimlens.analysis.extraction.EntityType.LOCATION;
import static org.claimlens.analysis.extraction.EntityType.ORGANIZATION;
import static org.claimlens.analysis.extraction.EntityType.PERSON;

class DocumentConsistencyTest {

    private static List<Mention> consistent(ParsedDocument document) {
        return DocumentConsistency.apply(document, new MentionFinder().find(document));
    }

    @Test
    void untaggedRepeatsOfATaggedNameOfSeveralWordsAreTagged() {
        ParsedDocument document = TaggedText.parse(
                "Northwind/ORGANIZATION Freight/ORGANIZATION Lines/ORGANIZATION cut 300 jobs .",
                "A spokesman for Northwind Freight Lines declined to comment .");

        assertThat(consistent(document)).extracting(Mention::text, Mention::type, Mention::sentenceIndex)
                .containsExactly(tuple("Northwind Freight Lines", ORGANIZATION, 0),
                        tuple("Northwind Freight Lines", ORGANIZATION, 1));
    }

    @Test
    void aPersonsSurnameAloneIsTaggedInProseAndInCapitalisedHeadlines() {
        ParsedDocument document = TaggedText.parse(
                "HOLM WINS IN OSLO/LOCATION",
                "Jesper/PERSON Holm/PERSON won the race on Sunday .",
                "\" It was hard , \" said Holm .");

        assertThat(consistent(document)).extracting(Mention::text, Mention::type)
                .containsExactly(tuple("HOLM", PERSON), tuple("OSLO", LOCATION), tuple("Jesper Holm", PERSON),
                        tuple("Holm", PERSON));
    }

    @Test
    void aRepeatInsideALongerUntaggedNameIsLeftAlone() {
        ParsedDocument document = TaggedText.parse(
                "Jesper/PERSON Holm/PERSON spoke .",
                "The Holm Foundation paid for it .");

        assertThat(consistent(document)).extracting(Mention::text).containsExactly("Jesper Holm");
    }

    @Test
    void aSurnameThatAlsoNamesAPlaceIsNotTakenForThePerson() {
        ParsedDocument document = TaggedText.parse(
                "Michael/PERSON Jordan/PERSON flew to Jordan/LOCATION .",
                "Jordan wants peace .");

        assertThat(consistent(document)).extracting(Mention::text, Mention::type)
                .containsExactly(tuple("Michael Jordan", PERSON), tuple("Jordan", LOCATION));
    }

    @Test
    void aNameTypedTwoWaysTakesTheTypeOfMostOfItsMentionsAndTiesChangeNothing() {
        ParsedDocument majority = TaggedText.parse(
                "Kent/ORGANIZATION beat Essex/ORGANIZATION .",
                "Kent/PERSON scored 300 .",
                "Kent/ORGANIZATION lead the table .");
        ParsedDocument tie = TaggedText.parse(
                "Washington/PERSON crossed into Washington/LOCATION .");

        assertThat(consistent(majority)).extracting(Mention::text, Mention::type).containsExactly(
                tuple("Kent", ORGANIZATION), tuple("Essex", ORGANIZATION), tuple("Kent", ORGANIZATION),
                tuple("Kent", ORGANIZATION));
        assertThat(consistent(tie)).extracting(Mention::type).containsExactly(PERSON, LOCATION);
    }

    @Test
    void twoPeopleSharingASurnameStayApartWhenTheSurnameIsRepeated() {
        ParsedDocument document = TaggedText.parse(
                "Anna/PERSON Berg/PERSON and her brother Karl/PERSON Berg/PERSON both ran .",
                "Berg finished first .");

        List<Mention> mentions = consistent(document);
        EntityResolver.Resolution resolution = new EntityResolver(new CuratedAliases()).resolve(mentions, Map.of());

        assertThat(mentions).extracting(Mention::text, Mention::type).containsExactly(
                tuple("Anna Berg", PERSON), tuple("Karl Berg", PERSON), tuple("Berg", PERSON));
        assertThat(resolution.mentions()).extracting(Mention::entityKey).doesNotHaveDuplicates();
    }
}
