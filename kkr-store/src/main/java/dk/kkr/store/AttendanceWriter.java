package dk.kkr.store;

import dk.kkr.core.model.Attendance;
import dk.kkr.core.model.Participant;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes who attended a meeting, inside the caller's transaction: each person named in the minutes is found
 * (or added) by name within the KKR, and gets one attendance row for the meeting. A person a meeting
 * already has (the same minutes imported as another file) is not written again.
 */
final class AttendanceWriter {

    private AttendanceWriter() {
    }

    /** Writes nothing when the document states no attendance or belongs to no meeting of a known KKR. */
    static void write(JdbcClient jdbc, Long bodyId, Long meetingId, long documentId, Attendance attendance) {
        if (attendance == null || bodyId == null || meetingId == null) {
            return;
        }
        write(jdbc, bodyId, meetingId, documentId, "PRESENT", attendance.present());
        write(jdbc, bodyId, meetingId, documentId, "ABSENT", attendance.absent());
        write(jdbc, bodyId, meetingId, documentId, "OTHER", attendance.others());
    }

    private static void write(JdbcClient jdbc, long bodyId, long meetingId, long documentId, String status,
                              List<Participant> participants) {
        for (Participant participant : participants) {
            long personId = jdbc.sql("SELECT id FROM person WHERE body_id = :body AND name = :name")
                    .param("body", bodyId).param("name", participant.name()).query(Long.class).optional()
                    .orElseGet(() -> {
                        jdbc.sql("INSERT INTO person (body_id, name) VALUES (:body, :name)")
                                .param("body", bodyId).param("name", participant.name()).update();
                        return jdbc.sql("SELECT id FROM person WHERE body_id = :body AND name = :name")
                                .param("body", bodyId).param("name", participant.name()).query(Long.class).single();
                    });
            boolean known = jdbc.sql("SELECT COUNT(*) FROM attendance WHERE person_id = :person AND meeting_id = :meeting")
                    .param("person", personId).param("meeting", meetingId).query(Long.class).single() > 0;
            if (known) {
                continue;
            }
            Map<String, Object> params = new HashMap<>();
            params.put("person", personId);
            params.put("meeting", meetingId);
            params.put("document", documentId);
            params.put("status", status);
            params.put("role", participant.role());
            params.put("municipality", participant.municipality());
            params.put("start", participant.span().start());
            params.put("end", participant.span().end());
            jdbc.sql("""
                            INSERT INTO attendance (person_id, meeting_id, document_id, status, role, municipality,
                                                    span_start, span_end)
                            VALUES (:person, :meeting, :document, :status, :role, :municipality, :start, :end)""")
                    .params(params).update();
        }
    }
}
