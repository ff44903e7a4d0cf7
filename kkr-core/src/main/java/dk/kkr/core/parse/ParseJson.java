package dk.kkr.core.parse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.kkr.core.model.Attendance;
import dk.kkr.core.model.AttendanceNote;
import dk.kkr.core.model.EmbeddedDocument;
import dk.kkr.core.model.MeetingInfo;
import dk.kkr.core.model.ParsedDocument;
import dk.kkr.core.model.ParsedItem;
import dk.kkr.core.model.Participant;
import dk.kkr.core.model.Section;
import dk.kkr.core.model.SourceText;

import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a parsed document as the JSON of {@code kkr parse FILE --json} (the contract in DESIGN.md):
 * pretty-printed, non-ASCII characters kept as they are. Thread-safe.
 */
public final class ParseJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Pattern CASE_ID = Pattern.compile("SAG-\\d{4}-\\d{5}");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private ParseJson() {
    }

    public static String toJson(SourceText source, ParsedDocument doc) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("source", source.fileName());
        root.put("sha256", source.sha256());
        root.put("kind", doc.kind().name());
        root.put("body", doc.body());
        root.set("meeting", meeting(doc.meeting()));
        root.put("ocrRepaired", source.ocrRepaired());
        ArrayNode items = root.putArray("items");
        for (ParsedItem item : doc.items()) {
            items.add(item(item));
        }
        ArrayNode documents = root.putArray("documents");
        for (EmbeddedDocument document : doc.documents()) {
            documents.add(document(document));
        }
        if (doc.attendance() != null) {
            root.set("attendance", attendance(doc.attendance()));
        }
        ArrayNode caseIds = root.putObject("entities").putArray("caseIds");
        caseIdsIn(source.text()).forEach(caseIds::add);
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode meeting(MeetingInfo meeting) {
        if (meeting == null) {
            return null;
        }
        ObjectNode node = MAPPER.createObjectNode();
        node.put("date", meeting.date() == null ? null : meeting.date().toString());
        node.put("time", meeting.time() == null ? null : TIME.format(meeting.time()));
        node.put("location", meeting.location());
        return node;
    }

    private static ObjectNode item(ParsedItem item) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("number", item.number());
        node.put("title", item.title());
        node.put("caseId", item.caseId());
        node.put("caseOwner", item.caseOwner());
        ObjectNode sections = node.putObject("sections");
        for (Section section : item.sections()) {
            String before = sections.path(section.heading()).asText("");
            sections.put(section.heading(), before.isEmpty() ? section.text() : before + "\n\n" + section.text());
        }
        ArrayNode annexes = node.putArray("annexes");
        item.annexes().forEach(a -> annexes.add(a.title()));
        return node;
    }

    private static ObjectNode document(EmbeddedDocument document) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("title", document.title());
        node.put("kind", document.kind().name());
        var letterhead = document.letterhead();
        node.put("date", letterhead.date() == null ? null : letterhead.date().toString());
        node.put("caseId", letterhead.caseId());
        node.put("docId", letterhead.docId());
        node.put("item", document.item());
        return node;
    }

    /** The attendance block: who was present, absent or assisting, and who left or came during the meeting. */
    private static ObjectNode attendance(Attendance attendance) {
        ObjectNode node = MAPPER.createObjectNode();
        node.set("present", participants(attendance.present()));
        node.set("absent", participants(attendance.absent()));
        node.set("others", participants(attendance.others()));
        ArrayNode notes = node.putArray("notes");
        for (AttendanceNote note : attendance.notes()) {
            ObjectNode n = notes.addObject();
            n.put("name", note.name());
            n.put("kind", note.kind().name());
            n.put("item", note.itemNumber());
            n.put("during", note.during());
        }
        return node;
    }

    private static ArrayNode participants(List<Participant> participants) {
        ArrayNode array = MAPPER.createArrayNode();
        for (Participant p : participants) {
            ObjectNode n = array.addObject();
            n.put("name", p.name());
            n.put("role", p.role());
            n.put("municipality", p.municipality());
        }
        return array;
    }

    /** Distinct case ids in order of first appearance. */
    private static Set<String> caseIdsIn(String text) {
        Set<String> ids = new LinkedHashSet<>();
        Matcher m = CASE_ID.matcher(text);
        while (m.find()) {
            ids.add(m.group());
        }
        return ids;
    }
}
