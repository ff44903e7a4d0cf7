package dk.kkr.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kkr.store.read.ArchiveFixture;
import dk.kkr.web.WebSlice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The JSON API, in the web slice: field names, values, order, and 404 as {"error": …}. */
@WebSlice(ApiController.class)
class ApiControllerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    MockMvc mvc;

    @Autowired
    ArchiveFixture.Ids ids;

    private JsonNode json(String path, int status) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).accept("application/json")).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(status);
        assertThat(response.getContentType()).as(path).startsWith("application/json");
        return JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void bodies() throws Exception {
        JsonNode bodies = json("/api/bodies", 200);
        assertThat(bodies).hasSize(5);
        JsonNode first = bodies.get(0);
        assertThat(first.get("name").asText()).isEqualTo("KKR Hovedstaden");
        assertThat(first.get("slug").asText()).isEqualTo("hovedstaden");
        assertThat(first.get("region").asText()).isEqualTo("Region Hovedstaden");
        assertThat(first.get("meetingCount").asInt()).isEqualTo(1);
    }

    @Test
    void meetingsLatestFirstAndByBody() throws Exception {
        JsonNode all = json("/api/meetings", 200);
        assertThat(all).hasSize(2);
        JsonNode latest = all.get(0);
        assertThat(latest.get("id").asLong()).isEqualTo(ids.meeting());
        assertThat(latest.get("bodyName").asText()).isEqualTo("KKR Syddanmark");
        assertThat(latest.get("bodySlug").asText()).isEqualTo("syddanmark");
        assertThat(latest.get("date").asText()).isEqualTo("2020-09-07");
        assertThat(latest.get("time").asText()).isEqualTo("10:00:00");
        assertThat(latest.get("location").asText()).isEqualTo("Comwell Kolding");
        assertThat(latest.get("itemCount").asInt()).isEqualTo(4);

        JsonNode hovedstaden = json("/api/meetings?body=hovedstaden", 200);
        assertThat(hovedstaden).hasSize(1);
        assertThat(hovedstaden.get(0).get("id").asLong()).isEqualTo(ids.oldMeeting());
        assertThat(json("/api/meetings?limit=1", 200)).hasSize(1);
    }

    @Test
    void documentsAreTheWholeFilesNewestFirstWithoutTheMemosInside() throws Exception {
        JsonNode documents = json("/api/documents", 200);
        assertThat(documents.findValuesAsText("id")).containsExactly(
                String.valueOf(ids.oldAgenda()), String.valueOf(ids.bundle()), String.valueOf(ids.agenda()));
        JsonNode agenda = documents.get(2);
        assertThat(agenda.get("kind").asText()).isEqualTo("AGENDA");
        assertThat(agenda.get("meetingId").asLong()).isEqualTo(ids.meeting());
        assertThat(agenda.get("meetingDate").asText()).isEqualTo("2020-09-07");
        assertThat(agenda.get("itemCount").asInt()).isEqualTo(4);
        assertThat(json("/api/documents?limit=1", 200)).hasSize(1);
        assertThat(json("/api/documents?body=hovedstaden", 200).findValuesAsText("id"))
                .containsExactly(String.valueOf(ids.oldAgenda()));
    }

    @Test
    void meetingWithItems() throws Exception {
        JsonNode meeting = json("/api/meetings/" + ids.meeting(), 200);
        assertThat(meeting.get("meeting").get("date").asText()).isEqualTo("2020-09-07");
        assertThat(meeting.get("documents").get(0).get("kind").asText()).isEqualTo("AGENDA");
        JsonNode items = meeting.get("items");
        assertThat(items).hasSize(4);
        assertThat(items.get(2).get("number").asText()).isEqualTo("2.1");
        assertThat(items.get(2).get("depth").asInt()).isEqualTo(1);
        assertThat(items.get(2).get("parentId").asLong()).isEqualTo(ids.item2());
        assertThat(items.get(2).get("caseNumber").asText()).isEqualTo("SAG-2020-04198");
        assertThat(items.get(2).get("caseOwner").asText()).isEqualTo("anbe");
    }

    @Test
    void itemWithSectionsAnnexesAndSpan() throws Exception {
        JsonNode item = json("/api/items/" + ids.item21(), 200);
        assertThat(item.get("title").asText()).isEqualTo("Udpegning til sundhedskoordinationsudvalget");
        assertThat(item.get("sections").get(0).get("heading").asText()).isEqualTo("Indstilling");
        assertThat(item.get("sections").get(1).get("text").asText()).endsWith(ArchiveFixture.RAW_HTML);
        assertThat(item.get("annexes").get(0).get("documentId").asLong()).isEqualTo(ids.memo());
        assertThat(item.get("document").get("id").asLong()).isEqualTo(ids.agenda());
        int start = item.get("span").get("start").asInt();
        int end = item.get("span").get("end").asInt();
        assertThat(ArchiveFixture.AGENDA_TEXT.substring(start, end)).startsWith("2.1. Udpegning");
        assertThat(item.get("previous").get("number").asText()).isEqualTo("2");
        assertThat(item.get("next").get("number").asText()).isEqualTo("2.2");
    }

    @Test
    void documentWithTextAndItemSpans() throws Exception {
        JsonNode document = json("/api/documents/" + ids.agenda(), 200);
        assertThat(document.get("kind").asText()).isEqualTo("AGENDA");
        String text = document.get("text").asText();
        assertThat(text).isEqualTo(ArchiveFixture.AGENDA_TEXT);
        assertThat(document.get("source").get("sha256").asText()).isEqualTo(ArchiveFixture.SYDDANMARK_SHA256);
        JsonNode item = document.get("items").get(2);
        assertThat(text.substring(item.get("span").get("start").asInt(), item.get("span").get("end").asInt()))
                .startsWith("2.1. Udpegning");

        JsonNode memo = json("/api/documents/" + ids.memo(), 200);
        assertThat(memo.get("letterhead").get("date").asText()).isEqualTo("2020-09-01");
        assertThat(memo.get("letterhead").get("caseId").asText()).isEqualTo("SAG-2020-04198");
        assertThat(memo.get("letterhead").get("docId").asText()).isEqualTo("2990001");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/meetings/999999", "/api/items/999999", "/api/documents/999999"})
    void missingIdsAnswer404WithAnError(String path) throws Exception {
        JsonNode error = json(path, 404);
        assertThat(error.get("error").asText()).contains("999999", "findes ikke");
    }

    @Test
    void itemsCarryTheirEntitiesAndMunicipalitiesListTheItemsNamingThem() throws Exception {
        JsonNode entities = json("/api/items/" + ids.item22(), 200).get("entities");
        assertThat(entities.at("/amounts/0/text").asText()).isEqualTo("2,6 mio. kr.");
        assertThat(entities.at("/amounts/0/number").decimalValue()).isEqualByComparingTo("2600000");
        assertThat(entities.at("/municipalities/1/municipalityCode").asInt()).isEqualTo(621);
        assertThat(entities.at("/deadlines/0/end").asText()).isEqualTo("2020-10-01");

        assertThat(json("/api/municipalities", 200)).hasSize(98);
        JsonNode odense = json("/api/municipalities/" + ArchiveFixture.ODENSE, 200);
        assertThat(odense.get("name").asText()).isEqualTo("Odense");
        assertThat(odense.at("/items/0/id").asLong()).isEqualTo(ids.item22());
        assertThat(odense.at("/items/1/id").asLong()).isEqualTo(ids.oldItem());
        assertThat(odense.at("/documents/0/document/id").asLong()).isEqualTo(ids.memo());
        assertThat(json("/api/municipalities/999", 404).get("error").asText()).contains("999");
    }
}
