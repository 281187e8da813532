package org.claimlens.analysis.extraction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageDetectorTest {

    private final LanguageDetector detector = new LanguageDetector();

    @Test
    void recognisesEnglishNewsProse() {
        String text = "The finance minister said on Tuesday that the government would cut the fuel tax by half, "
                + "a move that critics have called a gift to the oil companies.";

        assertThat(detector.detect(text)).isEqualTo("en");
    }

    @Test
    void idsAndCodesInAShortTextDoNotMakeItForeign() {
        // the letters of these ids alone read as Portuguese and Dutch function words ("a", "e", "de")
        for (String id : new String[] {"de0a5e4a-3e0a-4dea-a0ed-ae0de5a0ea0e", "a4e0-ea0e-de00", "A320neo"}) {
            assertThat(detector.detect("The port authority said cargo volumes rose four percent in May. Case " + id
                    + ".")).as(id).isEqualTo("en");
        }
    }

    @Test
    void recognisesGerman() {
        String text = "Die Bundesregierung hat am Dienstag angekündigt, dass die Steuer auf Benzin für drei Monate "
                + "gesenkt wird. Kritiker sprechen von einem Geschenk an die Ölkonzerne.";

        assertThat(detector.detect(text)).isEqualTo("de");
    }

    @Test
    void recognisesFrench() {
        String text = "Le gouvernement a annoncé mardi que la taxe sur le carburant sera réduite de moitié pendant "
                + "trois mois, une mesure que les critiques jugent trop favorable aux compagnies pétrolières.";

        assertThat(detector.detect(text)).isEqualTo("fr");
    }

    @Test
    void recognisesSpanish() {
        String text = "El gobierno anunció el martes que el impuesto sobre el combustible se reducirá a la mitad "
                + "durante tres meses, una medida que los críticos consideran un regalo para las petroleras.";

        assertThat(detector.detect(text)).isEqualTo("es");
    }

    @Test
    void recognisesTerseWireReportsAndIgnoresCapitalisedHeadlines() {
        String text = "CRICKET - AUSTRALIA WIN TOSS AND CHOOSE TO BAT . COLOMBO 1996-08-30 Australia won the toss "
                + "and elected to bat against Sri Lanka in the third day-night limited overs match on Friday.";

        assertThat(detector.detect(text)).isEqualTo("en");
    }

    @Test
    void resultsTablesOfNamesAndNumbersAreEnglish() {
        String text = "SOCCER - NORTHERN LEAGUE RESULTS .\nLEEDS 2001-03-10\nResults on Saturday :\n"
                + "Hartley Rovers 2 Millbrook 1\nSt Aldric 0 Upton Vale 3\nKestrel Town 1 Bramhall United 1\n"
                + "Standings : Upton Vale 12 9 2 1 30\nHartley Rovers 12 8 1 3 25\nMillbrook 12 4 4 4 16";

        assertThat(detector.detect(text)).isEqualTo("en");
    }

    @Test
    void tablesInAnotherScriptOrWithAnotherLanguagesWordsAreNotTakenForEnglish() {
        String cyrillic = "ФУТБОЛ Результаты : Спартак 2 Динамо 1\nЗенит 0 Локомотив 3\nРостов 1 Урал 1";
        String german = "Ergebnisse der Bundesliga am Samstag und die Tabelle : Hertha 2 Werder 1\n"
                + "Der Tabellenführer ist Bayern 30 Punkte\nDie Verfolger Dortmund 28 Leverkusen 27";

        assertThat(detector.detect(cyrillic)).isEqualTo("und");
        assertThat(detector.detect(german)).isNotEqualTo("en");
    }

    @Test
    void languagesWithoutAWordListAreUndetermined() {
        String polish = "Rząd ogłosił we wtorek, że podatek od paliwa zostanie obniżony o połowę na trzy miesiące, "
                + "co krytycy nazywają prezentem dla koncernów naftowych.";
        String swedish = "Regeringen meddelade på tisdagen att skatten på bränsle halveras i tre månader, en åtgärd "
                + "som kritiker kallar en gåva till oljebolagen.";

        assertThat(detector.detect(polish)).isEqualTo("und");
        assertThat(detector.detect(swedish)).isEqualTo("und");
    }

    @Test
    void cannotTellFromAFewWordsOrFromNoWords() {
        assertThat(detector.detect("Breaking news")).isEqualTo("und");
        assertThat(detector.detect("")).isEqualTo("und");
        assertThat(detector.detect("1234 5678 !!! ??? 2018-11-06 12:00")).isEqualTo("und");
    }

    @Test
    void readsOnlyTheBeginningOfALongText() {
        String english = "The council said that the bridge would reopen in the spring. ".repeat(40);
        String german = "Der Rat sagte, dass die Brücke im Frühjahr wieder geöffnet wird. ".repeat(400);

        assertThat(detector.detect(english + german)).isEqualTo("en");
    }
}
