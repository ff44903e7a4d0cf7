package dk.kkr.core.extract;

import dk.kkr.core.model.Span;

/**
 * A deadline: a date introduced as one. {@code span} runs from the cue to the end of the date
 * ("senest 1. december 2020", "Fristen for indsendelse … er d. 1. december 2020"); {@code phrase} is the
 * cue word as written ("senest", "inden", "Fristen").
 */
public record DeadlineMention(Span span, String text, DateMention date, String phrase) implements Mention {
}
