package dk.kkr.store.read;

import java.time.LocalDate;
import java.time.LocalTime;

/** A meeting as listed: its body, date, time and place (time and place may be null) and how many items it has. */
public record MeetingSummary(long id, String bodyName, String bodySlug, LocalDate date, LocalTime time,
                             String location, int itemCount) {
}
