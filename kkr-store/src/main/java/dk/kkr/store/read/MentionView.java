package dk.kkr.store.read;

import dk.kkr.core.model.Span;
import dk.kkr.store.MentionKind;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One entity mention: its text as written and its normalised value, which fields hold it depending on the
 * kind: {@code value} the case id, doc id, municipality name or organisation; {@code number} the kroner of an
 * amount or the percent of a percentage; {@code start}..{@code end} the days of a date or deadline;
 * {@code qualifier} the case officer, price level ("24-pl"), a date's precision ("DAY") or a deadline's cue
 * word ("senest"); {@code municipalityCode} the municipality's code. Fields that do not apply are null.
 */
public record MentionView(long id, MentionKind kind, String text, Span span, String value, BigDecimal number,
                          LocalDate start, LocalDate end, String qualifier, Integer municipalityCode) {

    /** The same mention at another span (of a redacted text, {@link Redaction}). */
    MentionView at(Span moved) {
        return new MentionView(id, kind, text, moved, value, number, start, end, qualifier, municipalityCode);
    }
}
