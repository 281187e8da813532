package org.claimlens.analysis.extraction;

import org.claimlens.analysis.extraction.Quantity.Approximation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class QuantityTest {

    @Test
    void aQualifiedCountWithWhatItCounts() {
        assertThat(quantitiesOf("Air strikes have killed more than 86,000 militants since the war began."))
                .extracting(Quantity::approximation, Quantity::value, Quantity::unit, q -> q.span().text())
                .containsExactly(tuple(Approximation.MORE_THAN, 86_000.0, "militants", "more than 86,000 militants"));
    }

    @Test
    void figuresAndNumbersInWords() {
        assertThat(quantitiesOf("The blast killed 19 people, four Americans among them, and wounded 19 others."))
                .extracting(Quantity::approximation, Quantity::value, Quantity::unit)
                .containsExactly(tuple(Approximation.EXACT, 19.0, "people"),
                        tuple(Approximation.EXACT, 4.0, "Americans"), tuple(Approximation.EXACT, 19.0, "others"));
        assertThat(quantitiesOf("The attack on the buses killed seven people and twenty-five horses."))
                .extracting(Quantity::value, Quantity::unit)
                .containsExactly(tuple(7.0, "people"), tuple(25.0, "horses"));
        assertThat(quantitiesOf("Four Americans were among the dead.")).extracting(Quantity::value, Quantity::unit)
                .containsExactly(tuple(4.0, "Americans"));
    }

    @Test
    void dozensAndVaguePlurals() {
        assertThat(quantitiesOf("The network has almost two dozen branches, each with hundreds to thousands of "
                + "members, and police foiled more than a dozen terrorist plots."))
                .extracting(Quantity::approximation, Quantity::value, Quantity::upperValue, Quantity::unit)
                .containsExactly(tuple(Approximation.APPROXIMATE, 24.0, null, "branches"),
                        tuple(Approximation.RANGE, 100.0, 1000.0, "members"),
                        tuple(Approximation.MORE_THAN, 12.0, null, "plots"));
    }

    @Test
    void scaledMoneyAndPercentages() {
        assertThat(quantitiesOf("The city of 1.5 million residents spent $3 billion, 40 percent of its budget, "
                + "after a 25% rise and a £2bn loan."))
                .extracting(Quantity::value, Quantity::unit)
                .containsExactly(tuple(1_500_000.0, "residents"), tuple(3e9, "dollars"), tuple(40.0, "percent"),
                        tuple(25.0, "percent"), tuple(2e9, "pounds"));
    }

    @Test
    void rangesAndBounds() {
        assertThat(quantitiesOf("Between 10 and 20 soldiers were hurt while at least 300 homes, nearly 5,000 trucks, "
                + "about 60 schools and up to 90 clinics were damaged, and fewer than 8 bridges stood."))
                .extracting(Quantity::approximation, Quantity::value, Quantity::upperValue, Quantity::unit)
                .containsExactly(tuple(Approximation.RANGE, 10.0, 20.0, "soldiers"),
                        tuple(Approximation.AT_LEAST, 300.0, null, "homes"),
                        tuple(Approximation.APPROXIMATE, 5000.0, null, "trucks"),
                        tuple(Approximation.APPROXIMATE, 60.0, null, "schools"),
                        tuple(Approximation.AT_MOST, 90.0, null, "clinics"),
                        tuple(Approximation.LESS_THAN, 8.0, null, "bridges"));
    }

    @Test
    void yearsDatesScoresAndCompoundsAreNoQuantities() {
        assertThat(quantitiesOf("In September 2015 the army entered the city on Nov 6 and left on 9 December "
                + "in four-wheel drive vehicles after a 2-1 vote in 1998.")).isEmpty();
    }

    @Test
    void oneOfTheManIsNoCount() {
        assertThat(quantitiesOf("One of the commanders was killed, and one soldier was wounded."))
                .extracting(Quantity::value, Quantity::unit)
                .containsExactly(tuple(1.0, "soldier"));
    }

    private static List<Quantity> quantitiesOf(String sentence) {
        DocumentAnalysis analysis = SharedAnalyzer.analyze(sentence);
        assertThat(analysis.claims()).hasSize(1);
        return analysis.claims().get(0).quantities();
    }
}
