package org.claimlens.analysis.extraction;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.claimlens.analysis.extraction.EntityType.LOCATION;
import static org.claimlens.analysis.extraction.EntityType.ORGANIZATION;
import static org.claimlens.analysis.extraction.EntityType.PERSON;

/** Canonicalisation on hand-made mentions, without CoreNLP. */
class EntityResolverTest {

    private final EntityResolver resolver = new EntityResolver(new CuratedAliases());
    private final List<Mention> made = new ArrayList<>();

    @Test
    void surnameAndTitledSurnameJoinTheOneFullName() {
        EntityResolver.Resolution resolution = resolve(Map.of(),
                mention("Lindsey Graham", PERSON), mention("Graham", PERSON), mention("Mr. Graham", PERSON));

        assertThat(resolution.entities()).singleElement().satisfies(entity -> {
            assertThat(entity.key()).isEqualTo("PERSON:lindsey graham");
            assertThat(entity.canonicalName()).isEqualTo("Lindsey Graham");
            assertThat(entity.aliases()).contains("Lindsey Graham", "Graham", "Mr. Graham");
        });
        assertThat(resolution.mentions()).extracting(Mention::entityKey).containsOnly("PERSON:lindsey graham");
    }

    @Test
    void aSurnameSharedByTwoFullNamesStaysApart() {
        EntityResolver.Resolution resolution = resolve(Map.of(),
                mention("John Smith", PERSON), mention("Mary Smith", PERSON), mention("Smith", PERSON));

        assertThat(resolution.entities()).extracting(DocumentEntity::key)
                .containsExactly("PERSON:john smith", "PERSON:mary smith", "PERSON:smith");
    }

    @Test
    void aHeadOfStateNamedBySurnameAloneIsTheCuratedPersonButAnotherFullNameWins() {
        assertThat(resolve(Map.of(), mention("Trump", PERSON)).entities()).singleElement()
                .extracting(DocumentEntity::key).isEqualTo("PERSON:donald trump");

        made.clear();
        EntityResolver.Resolution family = resolve(Map.of(), mention("Ivanka Trump", PERSON), mention("Trump", PERSON));
        assertThat(family.mentions()).extracting(Mention::entityKey).containsOnly("PERSON:ivanka trump");
    }

    @Test
    void americaIsTheUnitedStates() {
        assertThat(resolve(Map.of(), mention("America", LOCATION), mention("U.S.", LOCATION)).mentions())
                .extracting(Mention::entityKey).containsOnly("LOCATION:united states");
    }

    @Test
    void theFullNameMayComeAfterTheSurname() {
        EntityResolver.Resolution resolution = resolve(Map.of(), mention("Travers", PERSON),
                mention("Russell Travers", PERSON));

        assertThat(resolution.mentions()).extracting(Mention::entityKey).containsOnly("PERSON:russell travers");
    }

    @Test
    void acronymsJoinTheNameTheyAbbreviateOrTheTextDefines() {
        EntityResolver.Resolution resolution = resolve(Map.of("FSA", "Free Syrian Army"),
                mention("National Counterterrorism Center", ORGANIZATION), mention("NCTC", ORGANIZATION),
                mention("Free Syrian Army", ORGANIZATION), mention("FSA", ORGANIZATION));

        assertThat(resolution.mentions()).extracting(Mention::entityKey).containsExactly(
                "ORGANIZATION:national counterterrorism center", "ORGANIZATION:national counterterrorism center",
                "ORGANIZATION:free syrian army", "ORGANIZATION:free syrian army");
    }

    @Test
    void dottedAndPlainAcronymsShareAKey() {
        EntityResolver.Resolution resolution = resolve(Map.of(), mention("C.I.A.", ORGANIZATION),
                mention("CIA", ORGANIZATION), mention("NCTC", ORGANIZATION), mention("N.C.T.C.", ORGANIZATION));

        assertThat(resolution.entities()).extracting(DocumentEntity::key)
                .containsExactly("ORGANIZATION:central intelligence agency", "ORGANIZATION:nctc");
    }

    @Test
    void curatedAliasesNameTheSameThingInEveryDocument() {
        EntityResolver.Resolution resolution = resolve(Map.of(), mention("U.S.", LOCATION), mention("ISIS", ORGANIZATION));

        assertThat(resolution.entities()).extracting(DocumentEntity::key, DocumentEntity::canonicalName)
                .containsExactly(tuple("LOCATION:united states", "United States"),
                        tuple("ORGANIZATION:islamic state", "Islamic State"));
    }

    @Test
    void typesNeverMix() {
        EntityResolver.Resolution resolution = resolve(Map.of(), mention("Jordan", LOCATION),
                mention("Michael Jordan", PERSON), mention("Jordan", PERSON));

        assertThat(resolution.mentions()).extracting(Mention::entityKey)
                .containsExactly("LOCATION:jordan", "PERSON:michael jordan", "PERSON:michael jordan");
    }

    private EntityResolver.Resolution resolve(Map<String, String> definedAcronyms, Mention... mentions) {
        return resolver.resolve(List.of(mentions), definedAcronyms);
    }

    private Mention mention(String text, EntityType type) {
        int start = made.isEmpty() ? 0 : made.get(made.size() - 1).end() + 1;
        Mention mention = new Mention(start, start + text.length(), text, type, made.size(), null);
        made.add(mention);
        return mention;
    }
}
