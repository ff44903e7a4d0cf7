package dk.kkr.core.repair;

import dk.kkr.core.danish.ConfusionModel;
import dk.kkr.core.danish.ConfusionRule;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every confusion rule's own examples: the damaged words it repairs and the words it must leave. */
class ConfusionRulesTest {

    /** The hand-written rules, their examples and keep words (the learned costs are in effect in the repair). */
    private static final ConfusionModel MODEL = ConfusionModel.handWritten();

    @TestFactory
    List<DynamicTest> examplesAreRepairedAndKeepWordsKept() {
        List<DynamicTest> tests = new ArrayList<>();
        for (ConfusionRule rule : MODEL.rules()) {
            String name = rule.damaged() + "→" + rule.correct();
            rule.examples().forEach((damaged, correct) -> tests.add(DynamicTest.dynamicTest(
                    name + ": " + damaged + " → " + correct,
                    () -> assertThat(RepairFixture.REPAIRER.repairWordInDamagedDocument(damaged)).isEqualTo(correct))));
            for (String keep : rule.keep()) {
                tests.add(DynamicTest.dynamicTest(name + ": keeps " + keep,
                        () -> assertThat(RepairFixture.REPAIRER.repairWordInDamagedDocument(keep)).isEqualTo(keep)));
            }
        }
        return tests;
    }

    @Test
    void examplesAreDamagedByTheirOwnRule() {
        for (ConfusionRule rule : MODEL.rules()) {
            rule.examples().forEach((damaged, correct) -> {
                boolean matches = false;
                for (int i = 0; i < damaged.length(); i++) {
                    matches |= rule.matchesAt(damaged, i);
                }
                assertThat(matches).as("%s is an example of %s→%s", damaged, rule.damaged(), rule.correct()).isTrue();
            });
        }
    }

    @Test
    void everyRuleButTheLoneBarHasExamples() {
        for (ConfusionRule rule : MODEL.rules()) {
            if (rule.where() != ConfusionRule.Where.ALONE) {
                assertThat(rule.examples()).as("examples of %s→%s", rule.damaged(), rule.correct()).isNotEmpty();
            }
        }
    }

    @Test
    void rejectsMalformedRules() {
        assertThatThrownBy(() -> ConfusionModel.parse("g\tø\n")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ConfusionModel.parse("g\tø\t1.0\tany\tbgger\n"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ConfusionModel.parse("g\tø\t0\tany\t\n")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void upperCaseInARuleMatchesOnlyUpperCase() {
        ConfusionRule lg = MODEL.rules().stream().filter(r -> r.damaged().equals("Ig")).findFirst().orElseThrow();
        assertThat(lg.matchesAt("Igsning", 0)).isTrue();
        assertThat(lg.matchesAt("vigtig", 1)).isFalse();
    }
}
