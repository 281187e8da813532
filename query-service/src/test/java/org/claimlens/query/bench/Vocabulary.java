package org.claimlens.query.bench;

import java.util.List;

/** Word lists the synthetic corpus builds names, clauses and sentences from; written for this benchmark. */
final class Vocabulary {

    static final List<String> FIRST_NAMES = List.of("Anna", "Bruno", "Carla", "Dmitri", "Elif", "Farid", "Greta",
            "Hiro", "Ines", "Jonas", "Kemal", "Lena", "Marco", "Nadia", "Omar", "Paula", "Quentin", "Rosa", "Samir",
            "Tomas", "Ugo", "Vera", "Walid", "Ximena", "Yusuf", "Zoë", "José", "Chloé", "Søren", "Andrés", "Renée",
            "Ahmed", "Beatriz", "Callum", "Dalia", "Emeka", "Fatima", "Gustavo", "Hana", "Ivan", "Julia", "Kwame",
            "Leila", "Mateo", "Nora", "Oskar", "Priya", "Rafael", "Sofia", "Tariq", "Uma", "Viktor", "Wen", "Yara");
    static final List<String> SURNAMES = List.of("Abbott", "Bakır", "Castillo", "Dubois", "Eriksen", "Fischer",
            "García", "Haddad", "Ivanova", "Jensen", "Kowalski", "López", "Moreau", "Novak", "Okafor", "Petrov",
            "Quinn", "Rossi", "Schmidt", "Tanaka", "Ulloa", "Varga", "Weber", "Xu", "Yilmaz", "Zimmermann",
            "Álvarez", "Erdoğan", "Müller", "Nuñez", "Brennan", "Chowdhury", "Dimitriou", "Esposito", "Ferreira",
            "Gallagher", "Horvath", "Iqbal", "Jovanović", "Kaya", "Lindqvist", "Mensah", "Nakamura", "O'Neill",
            "Pereira", "Rahman", "Sato", "Takács", "Underwood", "Vasquez", "Wójcik", "Yamamoto", "Zhang", "Travers",
            "Graham", "Hassan", "Mitchell", "Sandoval", "Kovač", "Lefebvre", "Mahmoud", "Olsen", "Popescu");
    static final List<String> ORGANISATION_HEADS = List.of("Ministry of", "Council for", "Agency for", "Institute of",
            "Office of", "Commission on", "Federation of", "Bureau of", "Alliance for", "Centre for");
    static final List<String> ORGANISATION_TOPICS = List.of("Energy", "Health", "Defence", "Trade", "Water",
            "Transport", "Finance", "Agriculture", "Migration", "Housing", "Education", "Labour", "Fisheries",
            "Climate", "Justice", "Tourism", "Mining", "Aviation", "Telecommunications", "Public Safety",
            "Statistics", "Competition", "Nuclear Safety", "Food Standards", "Cyber Security", "Rail", "Ports",
            "Forestry", "Pensions", "Elections");
    static final List<String> PLACES = List.of("Aleppo", "Ankara", "Athens", "Baghdad", "Berlin", "Bogotá",
            "Brussels", "Cairo", "Caracas", "Damascus", "Dhaka", "Geneva", "Hanoi", "Istanbul", "Jakarta", "Kabul",
            "Kyiv", "Lagos", "Lima", "Lisbon", "Madrid", "Manila", "Montréal", "Nairobi", "Oslo", "Paris", "Quito",
            "Raqqa", "Riyadh", "Rome", "São Paulo", "Seoul", "Tbilisi", "Tehran", "Tripoli", "Tunis", "Vienna",
            "Warsaw", "Yerevan", "Zagreb", "Syria", "Iraq", "Turkey", "Germany", "France", "Brazil", "Kenya",
            "Nigeria", "Mexico", "Canada", "Japan", "India", "Egypt", "Poland", "Spain", "Norway", "Chile", "Peru");
    static final List<String> PLACE_PARTS = List.of("North", "South", "East", "West", "Upper", "Lower", "New",
            "Port", "Lake", "Mount");
    static final List<String> OUTLETS = List.of("The New York Times", "Reuters", "Associated Press", "Le Monde",
            "The Guardian", "Al Jazeera", "Der Spiegel", "El País", "The Washington Post", "Financial Times",
            "BBC News", "NHK", "The Hindu", "Folha de S.Paulo", "The Globe and Mail", "La Repubblica",
            "Haaretz", "Daily Nation", "Politico", "Bloomberg", "The Economist", "Harbor Post", "Valley Ledger",
            "The Evening Courier", "Metro Dispatch", "The Northern Star", "Capital Gazette", "Coastal Herald",
            "The Observer Weekly", "Frontier Times", "Civic Review", "The Daily Record", "Union Tribune",
            "Market Watch Daily", "Riverside Chronicle", "The Independent Voice", "Plains Journal",
            "Island Telegraph", "Harbour Times", "Summit Bulletin");
    static final List<String> ROLES = List.of("director", "spokesman", "spokeswoman", "minister", "chief economist",
            "acting head", "deputy director", "senior adviser", "chair", "general secretary", "press officer",
            "regional coordinator", "chief executive", "head of research", "lead negotiator");
    static final List<String> ADJECTIVES = List.of("regional", "national", "annual", "public", "military",
            "rural", "urban", "coastal", "industrial", "foreign", "domestic", "emergency", "temporary", "federal",
            "municipal", "private", "strategic", "seasonal", "illegal", "renewable", "digital", "historic");
    static final List<String> NOUNS = List.of("budget", "deficit", "inflation", "unemployment", "harvest",
            "ceasefire", "border", "pipeline", "vaccine", "election", "reform", "tariff", "subsidy", "curfew",
            "drought", "flood", "refinery", "airport", "railway", "hospital", "school", "prison", "detainees",
            "militants", "refugees", "exports", "imports", "wages", "rents", "pensions", "emissions", "forests",
            "fisheries", "loans", "debt", "taxes", "troops", "police", "courts", "ballots", "protests", "strikes",
            "reservoir", "power grid", "housing market", "bond market", "grain stocks", "cargo volumes");
    static final List<String> VERB_PHRASES = List.of("would rise by", "could fall by", "has grown by",
            "will be cut by", "had doubled to", "may exceed", "fell short of", "was expected to reach",
            "could regroup with", "might lose", "will need", "is likely to top", "has dropped to", "would cost",
            "already holds", "lost nearly", "gained more than", "was guarding", "is short of", "will add");
    static final List<String> UNITS = List.of("percent", "million dollars", "billion euros", "people", "tonnes",
            "fighters", "jobs", "homes", "barrels a day", "flights", "beds", "kilometres", "cases", "votes");
    static final List<String> TIMES = List.of("next year", "by the end of the month", "within a year",
            "this winter", "before the election", "over the next decade", "since March", "in the first quarter",
            "by 2030", "last week", "within weeks", "this summer");
    static final List<String> CUES = List.of("said", "told reporters", "warned", "claimed", "confirmed", "argued",
            "insisted", "estimated", "told senators", "admitted", "suggested", "denied");
    static final List<String> FILLER = List.of("Officials did not respond to requests for comment.",
            "The figures could not be independently verified.", "Talks are expected to resume next week.",
            "Critics called the plan unrealistic.", "The announcement came after months of negotiations.",
            "Markets reacted calmly to the news.", "Opposition leaders demanded an inquiry.",
            "Residents described long queues outside government offices.");

    private Vocabulary() {
    }
}
