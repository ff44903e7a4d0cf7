package dk.kkr.core.extract;

import dk.kkr.core.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Deadlines: dates that a cue marks as one.
 * <ul>
 *   <li>"senest" or "inden", perhaps with "den"/"d.", right before a date: "senest 1. december 2020",
 *       "inden d. 1. maj" ("inden for rammerne" is no deadline: no date follows);</li>
 *   <li>"frist", "fristen", a compound ("svarfristen") or "deadline" followed in the same sentence by a date:
 *       "Fristen for indsendelse af afrapporteringen er d. 1. december 2020";</li>
 *   <li>a date heading a line item that names a deadline: "1. april 2026: Frist for …".</li>
 * </ul>
 * The mention runs from the cue to the end of the date, or over date and cue in the last form.
 */
public final class DeadlineRecogniser implements EntityRecogniser<DeadlineMention> {

    private static final int LONGEST_FRIST_SENTENCE = 250;

    private static final Pattern BEFORE = Pattern.compile(
            "(?<!\\p{L})(senest|inden)(?:\\s+(?:den|d\\.))?\\s+$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern FRIST = Pattern.compile(
            "(?<!\\p{L})(\\p{L}*[Ff]rist(?:en)?|[Dd]eadline(?:n|s)?)(?!\\p{L})");
    private static final Pattern FRIST_AFTER = Pattern.compile("[ \\t]*:[ \\t]*(\\p{L}*[Ff]rist(?:en)?)(?!\\p{L})");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;](?=\\s+\\p{Lu})|\\n[ \\t]*\\n");

    private final DateRecogniser dates;

    public DeadlineRecogniser(DateRecogniser dates) {
        this.dates = dates;
    }

    @Override
    public List<DeadlineMention> recognise(String text) {
        return recognise(text, dates.recognise(text));
    }

    /** The deadlines among {@code dates}, which must be the date mentions of {@code text}. */
    public List<DeadlineMention> recognise(String text, List<DateMention> dates) {
        List<DeadlineMention> found = new ArrayList<>();
        for (DateMention date : dates) {
            int start = date.span().start();
            Matcher before = BEFORE.matcher(text).region(Math.max(0, start - 20), start);
            before.useTransparentBounds(true);
            if (before.find()) {
                found.add(mention(text, before.start(), date.span().end(), date, before.group(1)));
                continue;
            }
            Matcher after = FRIST_AFTER.matcher(text).region(date.span().end(), text.length());
            if (after.lookingAt()) {
                found.add(mention(text, start, after.end(), date, after.group(1)));
            }
        }
        Matcher frist = FRIST.matcher(text);
        while (frist.find()) {
            firstDateInSentence(text, frist.end(), dates)
                    .ifPresent(date -> found.add(mention(text, frist.start(), date.span().end(), date, frist.group(1))));
        }
        return Overlaps.resolve(found);
    }

    private static Optional<DateMention> firstDateInSentence(String text, int from, List<DateMention> dates) {
        Matcher end = SENTENCE_END.matcher(text).region(from, Math.min(text.length(), from + LONGEST_FRIST_SENTENCE));
        int limit = end.find() ? end.start() : Math.min(text.length(), from + LONGEST_FRIST_SENTENCE);
        return dates.stream().filter(d -> d.span().start() >= from && d.span().end() <= limit).findFirst();
    }

    private static DeadlineMention mention(String text, int start, int end, DateMention date, String phrase) {
        Span span = new Span(start, end);
        return new DeadlineMention(span, span.of(text), date, phrase);
    }
}
