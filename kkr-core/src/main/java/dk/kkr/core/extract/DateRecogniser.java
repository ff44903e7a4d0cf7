package dk.kkr.core.extract;

import dk.kkr.core.danish.DanishDates;
import dk.kkr.core.extract.DateMention.Precision;
import dk.kkr.core.model.Span;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates and periods in the forms Danish council documents write them. Each form is one pattern below;
 * where forms overlap the earliest and longest wins ("1. december 2020" over "december 2020").
 * <ul>
 *   <li>DAY: "7. september 2020", "7. sep. 2020", "07-09-2020", "11.01.2023", "D. 11/1-2023" (the date part);
 *       "1. maj" without a year takes the year of the closest date before it that states one, and is
 *       dropped when there is none.</li>
 *   <li>MONTH: "februar 2025". PERIOD for month ranges, "marts – maj 2025".</li>
 *   <li>QUARTER: "1. kvartal 2025", "Q3 2024"; HALF_YEAR: "1. halvår 2026", "andet halvår 2025".</li>
 *   <li>PERIOD for parts of a year: "primo 2024" is January–April, "medio 2024" May–August,
 *       "ultimo 2024" September–December; "primo/medio/ultimo marts 2024" are the days 1–10, 11–20 and
 *       21–end of that month; "foråret" March–May, "sommeren" June–August, "efteråret" September–November;
 *       year ranges "2020-2023".</li>
 *   <li>YEAR: a year 1900–2099 alone only after a word that introduces a time ("i 2016", "frem mod 2030",
 *       "budget 2023"), so that page numbers, counts and names like "Sundhedsprofil 2021" stay out.</li>
 * </ul>
 * OCR damage of å in the few words that have it ("halvar", "efteraret") is tolerated. Case does not matter.
 */
public final class DateRecogniser implements EntityRecogniser<DateMention> {

    private static final String MONTH = "(januar|februar|marts|april|maj|juni|juli|august|september|oktober"
            + "|november|december|(?:jan|feb|mar|apr|jun|jul|aug|sept?|okt|nov|dec)\\.)(?!\\p{L})";
    private static final String YEAR = "((?:19|20)\\d{2})(?!\\d)";
    /** White space between the words of a date, at most two line breaks (hard-wrapped, double-spaced text). */
    private static final String SP = "(?:[ \\t\\u00a0]*(?:\\R[ \\t\\u00a0]*){1,2}|[ \\t\\u00a0]+)";
    private static final String DASH = "[ \\t\\u00a0]*[-–—][ \\t\\u00a0]*";
    private static final String A = "[åa]";

    private static final List<Form> FORMS = List.of(
            form("(?<![\\d.])(\\d{1,2})\\.?" + SP + MONTH + SP + YEAR,
                    m -> day(year(m, 3), month(m.group(2)), m.group(1))),
            form("(?<![\\d.,/-])(\\d{1,2})[-./](\\d{1,2})[-./]" + YEAR,
                    m -> day(year(m, 3), Integer.parseInt(m.group(2)), m.group(1))),
            form("(?<!\\p{L})" + MONTH + "(?:" + SP + YEAR + ")?" + DASH + MONTH + SP + YEAR,
                    DateRecogniser::monthRange),
            form("(?<!\\p{L})(?:(primo|medio|ultimo)" + SP + ")?" + MONTH + SP + YEAR,
                    DateRecogniser::monthOrPart),
            form("(?<!\\p{L})(primo|medio|ultimo)" + SP + YEAR, DateRecogniser::partOfYear),
            form("(?<!\\p{L})(for" + A + "ret|sommeren|efter" + A + "ret)" + SP + YEAR, DateRecogniser::season),
            form("(?<![\\p{L}\\d])([12]\\.|første|forste|andet|anden)" + SP + "halv" + A + "r(?:et)?" + SP
                    + "(?:af" + SP + ")?" + YEAR, DateRecogniser::halfYear),
            form("(?<![\\p{L}\\d])(?:([1-4])\\.|(første|forste|andet|anden|tredje|fjerde))" + SP
                    + "(?:kvartal|kvt\\.)" + SP + "(?:af" + SP + ")?" + YEAR, DateRecogniser::quarter),
            form("(?<![\\p{L}\\d])q([1-4])" + SP + "?" + YEAR, m -> quarter(year(m, 2), Integer.parseInt(m.group(1)))),
            form("(?<![\\p{L}\\d/.,-])" + YEAR + DASH + YEAR, DateRecogniser::yearRange),
            new Form(Pattern.compile("(?<!\\p{L})(?:i|år|året|fra|til|mod|siden|efter|før|inden|budget"
                    + "|budgetåret|udgangen af|løbet af|og|eller)" + SP + YEAR
                    + "(?![.,]\\d|[-/]\\d|\\p{L}|[ \\t]*(?:%|pct|kr|mio|mia))"),
                    1, m -> whole(m.group(1))));

    private static final int YEAR_CONTEXT = 300;
    /** The most characters a date's words before its year take. */
    private static final int DATE_REACH = 200;
    private static final Pattern RANGE_TO = Pattern.compile("\\s*(?:til|[-–—])\\s*");
    private static final Pattern DAY_WITHOUT_YEAR = Pattern.compile(
            "(?<![\\d.])(\\d{1,2})\\." + SP + MONTH + "(?!\\s*\\d)");

    /**
     * The forms are matched on the text in lower case (the same length, letter for letter), which is much
     * faster than matching the text ignoring case; the mentions keep the text as written. Every form ends with
     * a year, so the forms are only tried in the stretches of text that end with one ({@link #yearWindows}).
     */
    @Override
    public List<DateMention> recognise(String text) {
        String lower = lowerCase(text);
        List<int[]> windows = yearWindows(lower);
        List<DateMention> found = new ArrayList<>();
        for (Form form : FORMS) {
            Matcher m = form.pattern().matcher(lower).useTransparentBounds(true).useAnchoringBounds(false);
            int from = 0;
            for (int[] window : windows) {
                if (from >= window[1]) {
                    continue;
                }
                m.region(Math.max(from, window[0]), window[1]);
                while (m.find()) {
                    from = m.end();
                    Period p = form.build().apply(m);
                    if (p != null) {
                        Span span = new Span(m.start(form.spanGroup()), m.end());
                        found.add(new DateMention(span, span.of(text), p.start(), p.end(), p.precision()));
                    }
                }
            }
        }
        List<DateMention> dated = Overlaps.resolve(found);
        List<DateMention> all = new ArrayList<>(dated);
        all.addAll(daysWithoutYear(text, lower, dated));
        return Overlaps.resolve(all);
    }

    /**
     * The stretches of text in which a date can be, in order and apart: each four digits that can be a year
     * (19xx or 20xx, no digit after them) with the {@value #DATE_REACH} characters before them, where the rest
     * of a date ending with that year stands. Matching the forms there finds what matching the whole text
     * finds, except a date spread over more than that (only possible with long runs of blanks).
     */
    private static List<int[]> yearWindows(String lower) {
        List<int[]> windows = new ArrayList<>();
        for (int i = 0; i + 4 <= lower.length(); i++) {
            char c = lower.charAt(i);
            boolean century = c == '1' && lower.charAt(i + 1) == '9' || c == '2' && lower.charAt(i + 1) == '0';
            if (!century || !isDigit(lower.charAt(i + 2)) || !isDigit(lower.charAt(i + 3))
                    || i + 4 < lower.length() && isDigit(lower.charAt(i + 4))) {
                continue;
            }
            int start = Math.max(0, i - DATE_REACH);
            int end = i + 4;
            int[] last = windows.isEmpty() ? null : windows.getLast();
            if (last != null && start <= last[1]) {
                last[1] = end;
            } else {
                windows.add(new int[] {start, end});
            }
        }
        return windows;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Each character in lower case: unlike {@link String#toLowerCase}, never changes the length. */
    private static String lowerCase(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }

    /**
     * "1. maj" takes its year from a date it forms a range with ("17. september til 21. oktober 2020"),
     * otherwise from the closest date with a year at most {@value #YEAR_CONTEXT} characters before it. The dated
     * mentions are in text order and do not overlap, so both are found by binary search: linear in the text.
     */
    private static List<DateMention> daysWithoutYear(String text, String lower, List<DateMention> dated) {
        List<DateMention> found = new ArrayList<>();
        Matcher m = DAY_WITHOUT_YEAR.matcher(lower);
        Matcher rangeTo = RANGE_TO.matcher(lower);
        while (m.find()) {
            Integer year = null;
            int next = firstStartingAtOrAfter(dated, m.end());
            if (next < dated.size() && rangeTo.region(m.end(), dated.get(next).span().start()).matches()) {
                year = dated.get(next).start().getYear();
            } else {
                int before = next - 1;
                while (before >= 0 && dated.get(before).span().end() > m.start()) {
                    before--;
                }
                if (before >= 0 && dated.get(before).span().end() >= m.start() - YEAR_CONTEXT) {
                    year = dated.get(before).start().getYear();
                }
            }
            Period p = year == null ? null : day(year, month(m.group(2)), m.group(1));
            if (p != null) {
                Span span = new Span(m.start(), m.end());
                found.add(new DateMention(span, span.of(text), p.start(), p.end(), p.precision()));
            }
        }
        return found;
    }

    /** The index of the first mention starting at or after {@code offset}; the size when none does. */
    private static int firstStartingAtOrAfter(List<DateMention> mentions, int offset) {
        int low = 0;
        int high = mentions.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (mentions.get(mid).span().start() < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static Period monthRange(Matcher m) {
        int toYear = year(m, 4);
        int from = month(m.group(1));
        int to = month(m.group(3));
        int fromYear = m.group(2) != null ? year(m, 2) : (from <= to ? toYear : toYear - 1);
        LocalDate start = LocalDate.of(fromYear, from, 1);
        LocalDate end = YearMonth.of(toYear, to).atEndOfMonth();
        return end.isAfter(start) ? new Period(start, end, Precision.PERIOD) : null;
    }

    private static Period monthOrPart(Matcher m) {
        YearMonth month = YearMonth.of(year(m, 3), month(m.group(2)));
        if (m.group(1) == null) {
            return new Period(month.atDay(1), month.atEndOfMonth(), Precision.MONTH);
        }
        return switch (m.group(1).toLowerCase(Locale.ROOT)) {
            case "primo" -> new Period(month.atDay(1), month.atDay(10), Precision.PERIOD);
            case "medio" -> new Period(month.atDay(11), month.atDay(20), Precision.PERIOD);
            default -> new Period(month.atDay(21), month.atEndOfMonth(), Precision.PERIOD);
        };
    }

    private static Period partOfYear(Matcher m) {
        int year = year(m, 2);
        int firstMonth = switch (m.group(1).toLowerCase(Locale.ROOT)) {
            case "primo" -> 1;
            case "medio" -> 5;
            default -> 9;
        };
        return months(year, firstMonth, firstMonth + 3, Precision.PERIOD);
    }

    private static Period season(Matcher m) {
        int year = year(m, 2);
        String season = m.group(1).toLowerCase(Locale.ROOT);
        int firstMonth = season.startsWith("for") ? 3 : season.startsWith("sommer") ? 6 : 9;
        return months(year, firstMonth, firstMonth + 2, Precision.PERIOD);
    }

    private static Period halfYear(Matcher m) {
        String which = m.group(1).toLowerCase(Locale.ROOT);
        int firstMonth = which.startsWith("1") || which.startsWith("f") ? 1 : 7;
        return months(year(m, 2), firstMonth, firstMonth + 5, Precision.HALF_YEAR);
    }

    private static Period quarter(Matcher m) {
        int number = m.group(1) != null ? Integer.parseInt(m.group(1))
                : switch (m.group(2).toLowerCase(Locale.ROOT)) {
                    case "første", "forste" -> 1;
                    case "andet", "anden" -> 2;
                    case "tredje" -> 3;
                    default -> 4;
                };
        return quarter(year(m, 3), number);
    }

    private static Period quarter(int year, int number) {
        int firstMonth = 3 * number - 2;
        return months(year, firstMonth, firstMonth + 2, Precision.QUARTER);
    }

    private static Period yearRange(Matcher m) {
        int from = year(m, 1);
        int to = year(m, 2);
        return to > from ? new Period(LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31), Precision.PERIOD) : null;
    }

    private static Period whole(String year) {
        return months(Integer.parseInt(year), 1, 12, Precision.YEAR);
    }

    private static Period months(int year, int firstMonth, int lastMonth, Precision precision) {
        return new Period(LocalDate.of(year, firstMonth, 1), YearMonth.of(year, lastMonth).atEndOfMonth(), precision);
    }

    private static Period day(int year, int month, String day) {
        try {
            LocalDate date = LocalDate.of(year, month, Integer.parseInt(day));
            return new Period(date, date, Precision.DAY);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int year(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    /** 1–12 for a month name or its abbreviation as MONTH accepts them. */
    private static int month(String word) {
        int month = DanishDates.month(word);
        if (month == 0) {
            throw new IllegalArgumentException("not a month: " + word);
        }
        return month;
    }

    private static Form form(String regex, Function<Matcher, Period> build) {
        return new Form(Pattern.compile(regex), 0, build);
    }

    /** One written form of a date; the mention covers {@code spanGroup} to the end of the match. */
    private record Form(Pattern pattern, int spanGroup, Function<Matcher, Period> build) {
    }

    private record Period(LocalDate start, LocalDate end, Precision precision) {
    }
}
