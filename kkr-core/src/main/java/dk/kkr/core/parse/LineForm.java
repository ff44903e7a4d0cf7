package dk.kkr.core.parse;

import dk.kkr.core.model.DocumentKind;
import dk.kkr.core.model.Span;
import dk.kkr.core.danish.KkrBody;

import java.util.List;

/** What one line is, by its own shape alone; {@link LineClassifier} decides it. */
sealed interface LineForm {

    record Blank() implements LineForm {
    }

    /** "| a | b |": the cells, each with the span of its text. */
    record TableRow(List<Cell> cells) implements LineForm {
    }

    record Cell(String text, Span span) {
    }

    /** "3.1.&lt;TAB&gt;Title&lt;TAB&gt;5" or "3.1. Title ..... 5": an entry of a table of contents. */
    record TocEntry(String number, String title, Span titleSpan) implements LineForm {
    }

    /** "Indholdsfortegnelse", "Indhold" or "Indholdsfortegnelse - Bilag" (then {@code annexes}). */
    record TocHeading(boolean annexes) implements LineForm {
    }

    /** "DAGSORDEN" or "REFERAT" opening a meeting document. */
    record DocumentHeading(DocumentKind kind) implements LineForm {
    }

    /** "3.1. Title": a candidate item heading; context decides whether it is one. */
    record ItemHeading(String number, String title, Span titleSpan) implements LineForm {
    }

    /** "3.2" alone on its line: the cover of an item in an annex bundle, when a title follows. */
    record BareNumber(String number) implements LineForm {
    }

    record SectionHeading(String heading) implements LineForm {
    }

    /** "SAG-2020-04197 nihj": case id and the case officer's initials (may be null). */
    record CaseLine(String caseId, String owner) implements LineForm {
    }

    /** "Dato: …", "Sted: …", "Sags ID: …", "Dok. ID: …", "Side 1 af 4". */
    record Field(FieldName name, String value, Span valueSpan) implements LineForm {
    }

    enum FieldName {
        DATE("field-date"), TIME("field-time"), PLACE("field-place"), CASE_ID("field-case-id"),
        DOC_ID("field-doc-id"), PAGE(null);

        /** The word list of {@code grammar.tsv} with the labels of the field; PAGE has a pattern of its own. */
        final String labels;

        FieldName(String labels) {
            this.labels = labels;
        }

        /** Whether the field belongs to a memo letterhead. */
        boolean isLetterhead() {
            return this == CASE_ID || this == DOC_ID || this == PAGE || this == DATE;
        }
    }

    /** Page furniture: web addresses, e-mail and telephone lines, post boxes and postcodes. */
    record Furniture() implements LineForm {
    }

    /** A line that names a KKR and nothing else, e.g. "KKR HOVEDSTADEN". */
    record BodyName(KkrBody body) implements LineForm {
    }

    record Text() implements LineForm {
    }
}
