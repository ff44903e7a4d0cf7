package dk.kkr.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The line grammar's own examples ({@code grammar.tsv}): every line given as a "yes" of a class is classified as
 * that class, every "no" is not, and every class and word list carries examples of both kinds.
 */
class GrammarTest {

    /** What it means for a line to be of a class of the grammar. */
    private static final Map<String, Predicate<String>> IS = Map.ofEntries(
            Map.entry("toc-entry", line -> form(line) instanceof LineForm.TocEntry),
            Map.entry("toc-heading", line -> form(line) instanceof LineForm.TocHeading),
            Map.entry("document-heading", line -> form(line) instanceof LineForm.DocumentHeading),
            Map.entry("bare-number", line -> form(line) instanceof LineForm.BareNumber),
            Map.entry("item-heading", line -> form(line) instanceof LineForm.ItemHeading),
            Map.entry("case-line", line -> form(line) instanceof LineForm.CaseLine),
            Map.entry("field", line -> form(line) instanceof LineForm.Field f && f.name() != LineForm.FieldName.PAGE),
            Map.entry("field-date", line -> isField(line, LineForm.FieldName.DATE)),
            Map.entry("field-time", line -> isField(line, LineForm.FieldName.TIME)),
            Map.entry("field-place", line -> isField(line, LineForm.FieldName.PLACE)),
            Map.entry("field-case-id", line -> isField(line, LineForm.FieldName.CASE_ID)),
            Map.entry("field-doc-id", line -> isField(line, LineForm.FieldName.DOC_ID)),
            Map.entry("page", line -> form(line) instanceof LineForm.Field f && f.name() == LineForm.FieldName.PAGE),
            Map.entry("furniture", line -> form(line) instanceof LineForm.Furniture),
            Map.entry("section", line -> form(line) instanceof LineForm.SectionHeading),
            Map.entry("role", line -> Vocabulary.role(line).isPresent()),
            Map.entry("annex-row", line -> AnnexBundleAssembler.ANNEX_ROW.matcher(line).matches()),
            Map.entry("bundle-item-row", line -> AnnexBundleAssembler.ITEM_ROW.matcher(line).matches()),
            Map.entry("footnote", line -> PageFurniture.FOOTNOTE_LINE.matcher(line).lookingAt()),
            Map.entry("attendance-heading",
                    line -> AttendanceReader.LIST_HEADING.matcher(LineClassifier.clean(line)).matches()),
            Map.entry("attendance-change", line -> AttendanceReader.CHANGE.matcher(line).find()));

    private static boolean isField(String line, LineForm.FieldName name) {
        return form(line) instanceof LineForm.Field f && f.name() == name;
    }

    private static LineForm form(String line) {
        return LineClassifier.classify(new Line(0, 0, line.length(), line));
    }

    @TestFactory
    List<DynamicTest> everyExampleIsClassifiedAsItSays() {
        return Grammar.STANDARD.rules().stream().flatMap(rule -> {
            Predicate<String> is = IS.get(rule.name());
            assertThat(is).as("a test meaning for class " + rule.name()).isNotNull();
            return java.util.stream.Stream.concat(
                    rule.yes().stream().map(line -> DynamicTest.dynamicTest(rule.name() + " yes: " + line,
                            () -> assertThat(is.test(line)).as("%s is %s (%s)", line, rule.name(), form(line)).isTrue())),
                    rule.no().stream().map(line -> DynamicTest.dynamicTest(rule.name() + " no: " + line,
                            () -> assertThat(is.test(line)).as("%s is not %s (%s)", line, rule.name(), form(line)).isFalse())));
        }).toList();
    }

    @Test
    void everyClassCarriesExamplesOfBothKinds() {
        assertThat(Grammar.STANDARD.rules()).extracting(Grammar.Rule::name).containsExactlyInAnyOrderElementsOf(IS.keySet());
        for (Grammar.Rule rule : Grammar.STANDARD.rules()) {
            assertThat(rule.yes()).as(rule.name()).isNotEmpty();
            assertThat(rule.no()).as(rule.name()).isNotEmpty();
            assertThat(rule.pattern() != null || !rule.words().isEmpty()).as(rule.name()).isTrue();
        }
        assertThat(Vocabulary.SECTION_HEADINGS).contains(Vocabulary.ANNEX_SECTION, Vocabulary.DECISION_SECTION);
    }

    @Test
    void aBrokenGrammarSaysWhere() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Grammar.parse("# comment\nfield\tpattern\n"))
                .hasMessageContaining("line 2");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Grammar.parse("field\tmaybe\tDato: 1\n"))
                .hasMessageContaining("unknown maybe");
    }
}
