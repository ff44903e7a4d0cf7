package dk.kkr.core.dedup;

import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How good one extraction of a document is as text for a reader: the share of its words that the
 * dictionary knows, as they stand. Words cut by a line-break hyphen ("udarbej-"), glued footnote
 * digits ("området12") and OCR damage ("gkonomi") are not words, so a clean export scores above raw
 * PDF text of the same document, and that above an OCR'd scan. Thread-safe if the predicate is.
 */
public final class ExtractionQuality {

    /** A run of letters with the characters that may stand inside or right after a word. */
    private static final Pattern TOKEN = Pattern.compile("\\p{L}[\\p{L}\\p{N}'’-]*");

    private final Predicate<String> isWord;

    public ExtractionQuality(Predicate<String> isWord) {
        this.isWord = isWord;
    }

    /** Between 0 and 1; a text with no words scores 0. */
    public double score(String text) {
        int words = 0;
        int known = 0;
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String token = m.group();
            if (token.length() < 2) {
                continue;
            }
            words++;
            if (!token.endsWith("-") && !Character.isDigit(token.charAt(token.length() - 1)) && isWord.test(token)) {
                known++;
            }
        }
        return words == 0 ? 0 : (double) known / words;
    }
}
