package dk.kkr.core.table;

import dk.kkr.core.model.Span;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One cell of a table: its text exactly as it stands in the source ({@code span.of(source)} gives it back,
 * surrounding white space left out, HTML and markdown escapes kept), and its value when the whole text is a
 * Danish or plain number ("1.652.253", "2,6", "-3,4", "12 %", "(1.234)" as -1234); {@code number} is null
 * otherwise.
 */
public record Cell(String text, Span span, BigDecimal number) {
    public Cell {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
    }

    public boolean isNumeric() {
        return number != null;
    }
}
