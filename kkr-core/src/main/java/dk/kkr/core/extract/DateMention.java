package dk.kkr.core.extract;

import dk.kkr.core.model.Span;

import java.time.LocalDate;

/**
 * A date or a stretch of time, as the days it covers, first and last included: a day has
 * {@code start == end}, "marts 2024" runs from 1 to 31 March, "1. halvår 2026" from 1 January to 30 June.
 */
public record DateMention(Span span, String text, LocalDate start, LocalDate end, Precision precision)
        implements Mention {

    /** How exactly the text pins the time down. PERIOD is any other stretch ("medio 2024", "efteråret 2020"). */
    public enum Precision {
        DAY, MONTH, QUARTER, HALF_YEAR, YEAR, PERIOD
    }

    public DateMention {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("period ends before it starts: " + start + ".." + end);
        }
    }
}
