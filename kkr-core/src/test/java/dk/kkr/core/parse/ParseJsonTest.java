package dk.kkr.core.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kkr.core.model.SourceText;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParseJsonTest {

    private static final String TEXT = """
            DAGSORDEN

            KKR SYDDANMARK

            Dato: 2. april 2031 kl. 13.00
            Sted: Slottet

            1. Økonomi

            SAG-2031-00007 mnop

            Sagsfremstilling

            Se også SAG-2031-00009 og SAG-2031-00007. Odense Kommune og Kolding Kommune betaler
            2,6 mio. kr., Odense Kommune heraf 75 pct. Svar senest 1. december 2031.

            Bilag

            Budgetoversigt
            """;

    @Test
    void writesTheContract() throws Exception {
        SourceText source = Corpus.snippet(TEXT);
        String json = ParseJson.toJson(source, new StructureParser().parse(source));
        assertTrue(json.contains("Økonomi") && json.contains("\n"), "not ASCII-escaped, pretty-printed");
        JsonNode root = new ObjectMapper().readTree(json);
        assertEquals(List.of("source", "sha256", "kind", "body", "meeting", "ocrRepaired", "items", "documents",
                "entities"), fieldNames(root));
        assertEquals("snippet.txt", root.get("source").asText());
        assertEquals(source.sha256(), root.get("sha256").asText());
        assertEquals("AGENDA", root.get("kind").asText());
        assertEquals("KKR Syddanmark", root.get("body").asText());
        assertEquals("2031-04-02", root.at("/meeting/date").asText());
        assertEquals("13:00", root.at("/meeting/time").asText());
        assertEquals("Slottet", root.at("/meeting/location").asText());
        assertEquals(false, root.get("ocrRepaired").asBoolean());
        JsonNode item = root.at("/items/0");
        assertEquals("1", item.get("number").asText());
        assertEquals("SAG-2031-00007", item.get("caseId").asText());
        assertEquals("mnop", item.get("caseOwner").asText());
        assertEquals(List.of("Sagsfremstilling", "Bilag"), fieldNames(item.get("sections")));
        assertEquals("Budgetoversigt", item.at("/annexes/0").asText());
        assertEquals(List.of("SAG-2031-00007", "SAG-2031-00009"), texts(root.at("/entities/caseIds")));
    }

    @Test
    void entitiesHaveTheirTextAndNormalisedValue() throws Exception {
        SourceText source = Corpus.snippet(TEXT);
        JsonNode entities = new ObjectMapper().readTree(ParseJson.toJson(source, new StructureParser().parse(source)))
                .get("entities");
        assertEquals(List.of("caseIds", "docIds", "municipalities", "organisations", "amounts", "percents", "dates",
                "deadlines"), fieldNames(entities));
        assertEquals(List.of("Odense", "Kolding"), texts(entities.get("municipalities")), "each once");
        assertEquals("2,6 mio. kr.", entities.at("/amounts/0/text").asText());
        assertEquals("2600000", entities.at("/amounts/0/value").toString(), "a plain number");
        assertEquals("75", entities.at("/percents/0/value").toString());
        assertTrue(entities.get("dates").valueStream().anyMatch(d -> d.get("text").asText().equals("1. december 2031")
                && d.get("start").asText().equals("2031-12-01") && d.get("precision").asText().equals("DAY")));
        JsonNode deadline = entities.at("/deadlines/0");
        assertEquals("senest 1. december 2031", deadline.get("text").asText());
        assertEquals("senest", deadline.get("phrase").asText());
        assertEquals("2031-12-01", deadline.get("end").asText());
    }

    @Test
    void noMeetingIsNull() throws Exception {
        SourceText source = Corpus.snippet("Et brev uden møde.\n");
        JsonNode root = new ObjectMapper().readTree(ParseJson.toJson(source, new StructureParser().parse(source)));
        assertTrue(root.get("meeting").isNull());
        assertEquals("OTHER", root.get("kind").asText());
    }

    @Test
    void attendanceIsWrittenWhenTheMinutesStateIt() throws Exception {
        SourceText source = Corpus.snippet("""
                REFERAT

                KKR SYDDANMARK

                Afbud: Borgmester Ida Lund, Nyborg Kommune

                Borgmester Ida Lund mødte under behandling af pkt. 1.

                1. Økonomi

                Beslutning

                Godkendt.
                """);
        JsonNode root = new ObjectMapper().readTree(ParseJson.toJson(source, new StructureParser().parse(source)));
        assertEquals(List.of("source", "sha256", "kind", "body", "meeting", "ocrRepaired", "items", "documents",
                "attendance", "entities"), fieldNames(root));
        JsonNode attendance = root.get("attendance");
        assertEquals(0, attendance.get("present").size());
        assertEquals("Ida Lund", attendance.at("/absent/0/name").asText());
        assertEquals("Borgmester", attendance.at("/absent/0/role").asText());
        assertEquals("Nyborg", attendance.at("/absent/0/municipality").asText());
        assertEquals("ARRIVED", attendance.at("/notes/0/kind").asText());
        assertEquals("1", attendance.at("/notes/0/item").asText());
        assertTrue(attendance.at("/notes/0/during").asBoolean());
    }

    private static List<String> texts(JsonNode array) {
        return array.valueStream().map(JsonNode::asText).toList();
    }

    private static List<String> fieldNames(JsonNode node) {
        return node.propertyStream().map(e -> e.getKey()).toList();
    }
}
