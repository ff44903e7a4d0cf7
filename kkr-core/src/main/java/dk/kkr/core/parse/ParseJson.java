package dk.kkr.core.parse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.kkr.core.model.Attendance;
import dk.kkr.core.model.AttendanceNote;
import dk.kkr.core.extract.Entities;
import dk.kkr.core.extract.EntityExtractor;
import dk.kkr.core.model.EmbeddedDocument;
import dk.kkr.core.model.MeetingInfo;
import dk.kkr.core.model.ParsedDocument;
import dk.kkr.core.model.ParsedItem;
import dk.kkr.core.model.Participant;
import dk.kkr.core.model.Section;
import dk.kkr.core.model.SourceText;

import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

/**
 * Writes a parsed document as the JSON of {@code kkr parse FILE --json} (the contract in DESIGN.md):
 * pretty-printed, non-ASCII characters kept as they are. Under {@code entities}, ids and names
 * ({@code caseIds}, {@code docIds}, {@code municipalities}, {@code organisations}) are listed once each in
 * order of first appearance; amounts, percents, dates and deadlines are listed per mention, each with its
 * text as written and its normalised value. Thread-safe.
 */
public final class ParseJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private ParseJson() {
    }

    /** The JSON of a document whose entities have not been extracted yet: they are found here, in its text. */
    public static String toJson(SourceText source, ParsedDocument doc) {
        return toJson(source, doc, StandardExtractor.INSTANCE.extract(source.text()));
    }

    /** The JSON of a document and the entities found in its text. */
    public static String toJson(SourceText source, ParsedDocument doc, Entities entities) {
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
        root.set("entities", entities(entities));
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

    private static ObjectNode entities(Entities entities) {
        ObjectNode node = MAPPER.createObjectNode();
        distinct(node.putArray("caseIds"), entities.caseIds(), m -> m.caseId());
        distinct(node.putArray("docIds"), entities.docIds(), m -> m.docId());
        distinct(node.putArray("municipalities"), entities.municipalities(), m -> m.municipality().name());
        distinct(node.putArray("organisations"), entities.organisations(), m -> m.canonicalName());
        ArrayNode amounts = node.putArray("amounts");
        entities.amounts().forEach(m -> amounts.addObject().put("text", m.text()).put("value", plain(m.kroner()))
                .put("priceLevel", m.priceLevel()));
        ArrayNode percents = node.putArray("percents");
        entities.percents().forEach(m -> percents.addObject().put("text", m.text()).put("value", plain(m.value())));
        ArrayNode dates = node.putArray("dates");
        entities.dates().forEach(m -> dates.addObject().put("text", m.text()).put("start", m.start().toString())
                .put("end", m.end().toString()).put("precision", m.precision().name()));
        ArrayNode deadlines = node.putArray("deadlines");
        entities.deadlines().forEach(m -> deadlines.addObject().put("text", m.text()).put("phrase", m.phrase())
                .put("start", m.date().start().toString()).put("end", m.date().end().toString()));
        return node;
    }

    /** Each value once, in order of first appearance. */
    private static <M> void distinct(ArrayNode array, List<M> mentions, Function<M, String> value) {
        mentions.stream().map(value).distinct().forEach(array::add);
    }

    /** 2.6E+6 as 2600000, 12.50 as 12.5: the value without exponent or trailing zeros. */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** The extractor for callers that bring no entities; building it loads the reference data, so it waits. */
    private static final class StandardExtractor {
        private static final EntityExtractor INSTANCE = new EntityExtractor();
    }
}
