package dk.kkr.core.danish;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates and times as Danish documents write them: "6. januar 2023", "7. sep. 2020", "07-09-2020",
 * "7.9.2020", "10:00", "kl. 10.00"; and the Danish month names, which the entity recogniser's date forms
 * use too. Stateless and thread-safe.
 */
public final class DanishDates {

    private static final List<String> MONTHS = List.of("januar", "februar", "marts", "april", "maj", "juni",
            "juli", "august", "september", "oktober", "november", "december");

    private static final Pattern WORD_DATE = Pattern.compile(
            "(?<!\\d)(\\d{1,2})\\.?\\s+(\\p{L}{3,9})\\.?\\s+(\\d{4})(?!\\d)");
    private static final Pattern NUMERIC_DATE = Pattern.compile(
            "(?<![\\d.-])(\\d{1,2})[-./](\\d{1,2})[-./](\\d{4})(?!\\d)");
    private static final Pattern TIME = Pattern.compile(
            "(?<![\\d.:])([01]?\\d|2[0-3])[:.]([0-5]\\d)(?![\\d:]|\\.\\d)");
    private static final Pattern CLOCK_HOUR = Pattern.compile("(?i)\\bkl\\.?\\s*([01]?\\d|2[0-3])(?![\\d.:])");

    private DanishDates() {
    }

    /** The first date written in the text, if any. */
    public static Optional<LocalDate> findDate(String text) {
        Matcher word = WORD_DATE.matcher(text);
        Matcher numeric = NUMERIC_DATE.matcher(text);
        boolean hasWord = findWordDate(word);
        boolean hasNumeric = numeric.find();
        if (hasWord && (!hasNumeric || word.start() < numeric.start())) {
            return date(word.group(3), month(word.group(2)), word.group(1));
        }
        return hasNumeric ? date(numeric.group(3), Integer.parseInt(numeric.group(2)), numeric.group(1))
                : Optional.empty();
    }

    /** The first time of day written in the text after any date ("10:00", "kl. 10.00", "kl. 9"), if any. */
    public static Optional<LocalTime> findTime(String text) {
        String rest = withoutDates(text);
        Matcher m = TIME.matcher(rest);
        if (m.find()) {
            return Optional.of(LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
        }
        Matcher hour = CLOCK_HOUR.matcher(rest);
        return hour.find() ? Optional.of(LocalTime.of(Integer.parseInt(hour.group(1)), 0)) : Optional.empty();
    }

    /** Danish long form, "7. september 2020". */
    public static String format(LocalDate date) {
        return date.getDayOfMonth() + ". " + MONTHS.get(date.getMonthValue() - 1) + " " + date.getYear();
    }

    private static boolean findWordDate(Matcher m) {
        while (m.find()) {
            if (month(m.group(2)) > 0) {
                return true;
            }
        }
        return false;
    }

    private static String withoutDates(String text) {
        return NUMERIC_DATE.matcher(WORD_DATE.matcher(text).replaceAll(" ")).replaceAll(" ");
    }

    /**
     * 1 to 12 for a Danish month name or its abbreviation of at least three letters ("sep", "sept."), in any
     * case, else 0.
     */
    public static int month(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace(".", "");
        for (int i = 0; i < MONTHS.size(); i++) {
            if (MONTHS.get(i).startsWith(w) && w.length() >= 3) {
                return i + 1;
            }
        }
        return 0;
    }

    private static Optional<LocalDate> date(String year, int month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
