package dk.kkr.core.danish;

import dk.kkr.core.danish.ConfusionLearner.Learned;
import dk.kkr.core.danish.ConfusionLearner.LinePair;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ConfusionLearnerTest {

    private static Optional<Learned> rule(List<Learned> rules, String damaged, String correct) {
        return rules.stream().filter(l -> l.rule().damaged().equals(damaged) && l.rule().correct().equals(correct))
                .findFirst();
    }

    @Test
    void estimatesTheCostOfAConfusionFromHowOftenTheWrittenLetterWasMisread() {
        // ø four times: read as g three times, as o once
        List<LinePair> lines = List.of(
                new LinePair("Mgdet i byrådet blev holdt", "Mødet i byrådet blev holdt"),
                new LinePair("Vi drgfter sagen og hgrer borgerne", "Vi drøfter sagen og hører borgerne"),
                new LinePair("Et godt lokalt samarbejde om skonhed", "Et godt lokalt samarbejde om skønhed"));
        List<Learned> rules = ConfusionLearner.learn(lines);
        Learned g = rule(rules, "g", "ø").orElseThrow();
        assertThat(g.seen()).isEqualTo(3);
        assertThat(g.written()).isEqualTo(4);
        assertThat(g.rule().cost()).isCloseTo(-Math.log(3 / 4.0), within(0.01));
        // seen once: too rare to be a rule
        assertThat(rule(rules, "o", "ø")).isEmpty();
    }

    @Test
    void learnsOneLetterReadAsSeveralAndTwoReadAsOne() {
        List<LinePair> lines = List.of(
                new LinePair("Kornmunen og kornmunerne", "Kommunen og kommunerne"),
                new LinePair("Et vaerdigt og saerligt tilbud", "Et værdigt og særligt tilbud"),
                new LinePair("Medlemmeme og deltageme", "Medlemmerne og deltagerne"));
        List<Learned> rules = ConfusionLearner.learn(lines);
        assertThat(rule(rules, "rn", "m")).isPresent();
        assertThat(rule(rules, "ae", "æ")).isPresent();
        assertThat(rule(rules, "m", "rn")).isPresent();
        // no rule rewrites a letter into itself or learns from the letters read right
        assertThat(rules).allSatisfy(l -> assertThat(l.rule().damaged()).isNotEqualTo(l.rule().correct()));
    }

    @Test
    void doesNotLearnFromWordsSplitOrGluedTogether() {
        List<LinePair> lines = List.of(
                new LinePair("Godkendelse afdagsorden", "Godkendelse af dagsorden"),
                new LinePair("Godkendelse afdagsorden", "Godkendelse af dagsorden"),
                new LinePair("Siden sid st", "Siden sidst"),
                new LinePair("Siden sid st", "Siden sidst"));
        assertThat(ConfusionLearner.learn(lines)).isEmpty();
    }

    @Test
    void writesRulesThatTheModelReadsBack() {
        List<LinePair> lines = List.of(
                new LinePair("Mgdet og mgderne", "Mødet og møderne"),
                new LinePair("Arsagen til ar", "Årsagen til år"));
        List<Learned> rules = ConfusionLearner.learn(lines);
        ConfusionModel read = ConfusionModel.parse(ConfusionLearner.toTsv(rules));
        assertThat(read.rules()).containsExactlyElementsOf(rules.stream().map(Learned::rule).toList());
    }
}
