package dk.kkr.core.extract;

import dk.kkr.core.model.Span;

import java.math.BigDecimal;

/**
 * An amount of money in Danish kroner: "2,6 mio. kr." is 2600000. {@code priceLevel} is the price level
 * the amount is stated in, as "24-pl" for 2024 prices, or null when none is given.
 */
public record AmountMention(Span span, String text, BigDecimal kroner, String priceLevel) implements Mention {
}
