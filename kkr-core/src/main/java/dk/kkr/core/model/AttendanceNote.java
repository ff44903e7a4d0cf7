package dk.kkr.core.model;

/**
 * A change of attendance during a meeting: "Borgmester Per Holm forlod mødet under behandling af pkt. 3.2"
 * or "… mødte under behandling af pkt. 3.1", "… deltog fra pkt. 2", "… forlod mødet efter pkt. 4".
 * {@code itemNumber} is written without a trailing dot. {@code during} is true for "under behandling af":
 * the person left or came while the item was being dealt with. Otherwise a departure came after the item
 * ("efter pkt. 4") and an arrival before it ("deltog fra pkt. 2"). {@code span} covers the statement.
 */
public record AttendanceNote(String name, Kind kind, String itemNumber, boolean during, Span span) {

    public enum Kind {
        LEFT, ARRIVED
    }
}
