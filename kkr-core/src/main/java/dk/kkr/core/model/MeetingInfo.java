package dk.kkr.core.model;

import java.time.LocalDate;
import java.time.LocalTime;

/** A meeting's header as a document states it; any part may be unknown (null). */
public record MeetingInfo(LocalDate date, LocalTime time, String location, Span span) {
}
