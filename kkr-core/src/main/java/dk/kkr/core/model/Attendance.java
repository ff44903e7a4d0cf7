package dk.kkr.core.model;

import java.util.List;

/**
 * Who attended a meeting, as its minutes state it: those present ("Deltagere:"), those absent
 * ("Afbud:", "Fraværende:"), others who took part, such as officials and the secretariat ("Desuden
 * deltog:", "Fra sekretariatet deltog:"), and who left or came during the meeting.
 */
public record Attendance(List<Participant> present, List<Participant> absent, List<Participant> others,
                         List<AttendanceNote> notes) {
    public Attendance {
        present = List.copyOf(present);
        absent = List.copyOf(absent);
        others = List.copyOf(others);
        notes = List.copyOf(notes);
    }
}
