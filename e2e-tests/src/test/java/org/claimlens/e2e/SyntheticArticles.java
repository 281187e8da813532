package org.claimlens.e2e;

import java.util.List;
import java.util.Random;

/**
 * Short, varied news texts made up from a seed: a few sentences with people, organisations, places, numbers, a quote
 * and reported speech, so that extraction has real work but each document takes only milliseconds.
 */
final class SyntheticArticles {

    private static final List<String> PEOPLE = List.of("Ida Brandt", "Tomas Okafor", "Lena Varga", "Omar Haddad",
            "Grace Whitfield", "Piotr Nowak", "Mei Chen", "Daniel Osei", "Rosa Delgado", "Henrik Sand",
            "Amara Diallo", "Victor Alvarez");
    private static final List<String> ROLES = List.of("mayor", "finance minister", "spokeswoman", "chief executive",
            "senator", "police chief", "health commissioner", "union leader");
    private static final List<String> ORGANISATIONS = List.of("the Port Authority", "the Ministry of Transport",
            "Northwind Energy", "the City Council", "the World Health Organization", "the Central Bank",
            "Harbor Freight Lines", "the National Weather Service", "the Teachers Union", "Riverside Hospital");
    private static final List<String> PLACES = List.of("Riverton", "Lagos", "Gdansk", "Valparaiso", "Tampere",
            "Accra", "Lyon", "Kaohsiung", "Tucson", "Bergen");
    private static final List<String> TOPICS = List.of("bus fares", "cargo volumes", "electricity prices",
            "hospital admissions", "rents", "school enrolment", "tram ridership", "water use");
    private static final List<String> MOVES = List.of("rise", "fall", "double", "stay flat");
    private static final List<String> DAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday");
    private static final List<String> QUOTES = List.of(
            "We will not cut corners on safety, whatever the delay costs us",
            "The numbers show a clear improvement over the last three years",
            "Nobody in this city should have to choose between heating and eating",
            "This agreement protects jobs and keeps the harbour open to everyone");

    private SyntheticArticles() {
    }

    /** The {@code index}-th text of the family {@code seed}; equal arguments give equal texts. */
    static String text(long seed, int index) {
        Random random = new Random(seed * 1_000_003L + index);
        String person = pick(random, PEOPLE);
        String other = pick(random, PEOPLE);
        String organisation = pick(random, ORGANISATIONS);
        String place = pick(random, PLACES);
        StringBuilder text = new StringBuilder();
        text.append(person).append(", the ").append(pick(random, ROLES)).append(" of ").append(place)
                .append(", said on ").append(pick(random, DAYS)).append(" that ").append(pick(random, TOPICS))
                .append(" would ").append(pick(random, MOVES)).append(" by ").append(2 + random.nextInt(40))
                .append(" percent next year. ");
        text.append('\u201c').append(pick(random, QUOTES)).append(",\u201d ").append(other)
                .append(" told reporters in ").append(pick(random, PLACES)).append(". ");
        if (random.nextBoolean()) {
            text.append("According to ").append(organisation).append(", ").append(100 + random.nextInt(9_000))
                    .append(" people were affected in ").append(place).append(" last month. ");
        } else {
            text.append(capitalised(organisation)).append(" said the project would cost $")
                    .append(5 + random.nextInt(400)).append(" million. ");
        }
        return text.append("(Dispatch ").append(index).append(')').toString();
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String capitalised(String value) {
        return Character.toUpperCase(value.charAt(0)) + value.substring(1);
    }
}
