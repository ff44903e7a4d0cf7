package dk.kkr.core.extract;

import dk.kkr.core.model.Span;

import java.math.BigDecimal;

/** A percentage, "3,9 %" or "75 pct."; {@code value} is the number of percent (3.9, 75). */
public record PercentMention(Span span, String text, BigDecimal value) implements Mention {
}
