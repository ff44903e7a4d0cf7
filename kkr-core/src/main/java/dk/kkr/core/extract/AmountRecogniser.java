package dk.kkr.core.extract;

import dk.kkr.core.danish.DanishNumbers;
import dk.kkr.core.model.Span;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amounts of money in kroner. A number is an amount only where a currency word stands right at it:
 * <ul>
 *   <li>number, optional scale, currency: "1.652.253 kr.", "2,6 mio. kr.", "3 millioner kroner";</li>
 *   <li>currency, number, optional scale: "kr. 250.000", "DKK 2 mio.";</li>
 *   <li>number and scale without currency ("30,4 mia.") only when "kr."/"kroner" stands in the same
 *       sentence, and never when a noun follows the scale ("16,7 mio. timer" are hours).</li>
 * </ul>
 * A bare number ("750.000") is not an amount even near a currency word: tables give too many other
 * numbers. A price level right after the amount ("(24-pl)", "i 2024-pl", "24-priser") is kept as "24-pl".
 */
public final class AmountRecogniser implements EntityRecogniser<AmountMention> {

    private static final String SCALE = "(?:milliard(?:er)?|million(?:er)?|mia\\.?+|mio\\.?+|mill\\.?+)(?!\\p{L})";
    private static final String CURRENCY = "kr\\.?+|kroner|DKK";
    /** Space between number, scale and currency: at most two line breaks (hard-wrapped, double-spaced text). */
    private static final String GAP = "[ \\t\\u00a0]*(?:\\R[ \\t\\u00a0]*){0,2}";

    private static final Pattern NUMBER_FIRST = Pattern.compile("(" + DanishNumbers.NUMBER + ")" + GAP
            + "(?:(" + SCALE + ")" + GAP + ")?(?:(" + CURRENCY + ")(?!\\p{L}))?");
    private static final Pattern CURRENCY_FIRST = Pattern.compile("(?<!\\p{L})(?:" + CURRENCY + ")[ \\t\\u00a0]*("
            + DanishNumbers.NUMBER + ")(?:[ \\t\\u00a0]*(" + SCALE + "))?");
    private static final Pattern PRICE_LEVEL = Pattern.compile(
            "[ \\t]*(?:\\(|i[ \\t]+)?(?:(?:19|20)?(\\d{2}))[ \\t]*-[ \\t]*(?:pl|priser)(?!\\p{L})\\)?");
    private static final Pattern CURRENCY_WORD = Pattern.compile("(?<!\\p{L})(?:kr\\.|kroner|DKK)(?!\\p{L})");
    private static final Pattern NEXT_WORD = Pattern.compile("[ \\t\\u00a0]*(\\p{L}+)");
    /** Words that may follow "mio." without making it a count of something else. */
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "i", "til", "fra", "og", "eller", "om", "pr", "per", "på", "af", "for", "med", "mod", "at");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s+\\p{Lu})|\\n[ \\t]*\\n");

    @Override
    public List<AmountMention> recognise(String text) {
        List<AmountMention> found = new ArrayList<>();
        Matcher m = NUMBER_FIRST.matcher(text);
        while (m.find()) {
            boolean hasCurrency = m.group(3) != null;
            if (m.group(2) == null && !hasCurrency) {
                continue;
            }
            int end = hasCurrency ? m.end(3) : m.end(2);
            if (!hasCurrency && (nounFollows(text, end) || !currencyInSentence(text, m.start(), end))) {
                continue;
            }
            found.add(mention(text, m.start(), end, m.group(1), m.group(2)));
        }
        Matcher c = CURRENCY_FIRST.matcher(text);
        while (c.find()) {
            int end = c.group(2) != null ? c.end(2) : c.end(1);
            found.add(mention(text, c.start(), end, c.group(1), c.group(2)));
        }
        return Overlaps.resolve(found);
    }

    private static AmountMention mention(String text, int start, int end, String number, String scale) {
        BigDecimal kroner = DanishNumbers.parse(number).multiply(factor(scale));
        String priceLevel = null;
        Matcher pl = PRICE_LEVEL.matcher(text).region(end, text.length());
        if (pl.lookingAt()) {
            priceLevel = pl.group(1) + "-pl";
            end = pl.end();
        }
        Span span = new Span(start, end);
        BigDecimal plain = kroner.stripTrailingZeros();
        return new AmountMention(span, span.of(text), plain.scale() < 0 ? plain.setScale(0) : plain, priceLevel);
    }

    private static BigDecimal factor(String scale) {
        if (scale == null) {
            return BigDecimal.ONE;
        }
        String s = scale.toLowerCase(Locale.ROOT);
        if (s.startsWith("mia") || s.startsWith("milliard")) {
            return BigDecimal.TEN.pow(9);
        }
        return BigDecimal.TEN.pow(6);
    }

    /** "mio. timer": a lower-case word other than a small function word follows the scale. */
    private static boolean nounFollows(String text, int end) {
        Matcher w = NEXT_WORD.matcher(text).region(end, text.length());
        if (!w.lookingAt()) {
            return false;
        }
        String word = w.group(1);
        return Character.isLowerCase(word.charAt(0)) && !FUNCTION_WORDS.contains(word);
    }

    private static boolean currencyInSentence(String text, int start, int end) {
        int from = sentenceStart(text, start);
        int to = sentenceEnd(text, end);
        return CURRENCY_WORD.matcher(text).region(from, to).find();
    }

    private static int sentenceStart(String text, int at) {
        Matcher m = SENTENCE_END.matcher(text).region(Math.max(0, at - 300), at);
        int start = Math.max(0, at - 300);
        while (m.find()) {
            start = m.end();
        }
        return start;
    }

    private static int sentenceEnd(String text, int at) {
        Matcher m = SENTENCE_END.matcher(text).region(at, Math.min(text.length(), at + 300));
        return m.find() ? m.start() : Math.min(text.length(), at + 300);
    }
}
