package dk.kkr.web.oparl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kkr.web.TestServer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Lists of the OParl endpoint over the shared archive fixture: paging, links, time filters, errors, CORS. */
class OparlListTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TestServer server = TestServer.get();

    private JsonNode json(String path, int status) throws IOException {
        HttpResponse<String> response = server.get(path, "application/json");
        assertThat(response.statusCode()).as(path).isEqualTo(status);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        return JSON.readTree(response.body());
    }

    private String items() {
        return "/oparl/v1.1/bodies/" + server.ids.syddanmark() + "/agendaitems";
    }

    @Test
    void pagesLinkToEachOther() throws IOException {
        JsonNode first = json(items() + "?limit=3", 200);
        assertThat(first.get("data")).hasSize(3);
        JsonNode pagination = first.get("pagination");
        assertThat(pagination.get("totalElements").asInt()).isEqualTo(4);
        assertThat(pagination.get("elementsPerPage").asInt()).isEqualTo(3);
        assertThat(pagination.get("currentPage").asInt()).isEqualTo(1);
        assertThat(pagination.get("totalPages").asInt()).isEqualTo(2);
        assertThat(first.get("links").has("prev")).isFalse();
        String next = first.get("links").get("next").asText();
        assertThat(next).isEqualTo(server.url(items() + "?limit=3&page=2"));

        JsonNode second = json(next.substring(server.url("").length()), 200);
        assertThat(second.get("data")).hasSize(1);
        assertThat(second.get("links").get("prev").asText()).isEqualTo(server.url(items() + "?limit=3&page=1"));
        assertThat(second.get("links").has("next")).isFalse();
        assertThat(second.get("data").get(0).get("id").asText())
                .isNotIn(first.get("data").findValuesAsText("id"));
    }

    @Test
    void timeFiltersSelectAndTravelInTheLinks() throws IOException {
        assertThat(json(items() + "?modified_since=2000-01-01T00:00:00%2B01:00", 200).get("data")).hasSize(4);
        JsonNode future = json(items() + "?created_since=2999-01-01T00:00:00Z", 200);
        assertThat(future.get("data")).isEmpty();
        assertThat(future.get("pagination").get("totalElements").asInt()).isZero();
        assertThat(future.get("links").get("first").asText()).contains("created_since=2999-01-01T00%3A00%3A00Z");
        assertThat(json(items() + "?modified_until=2000-01-01T00:00:00Z", 200).get("data")).isEmpty();
        assertThat(json("/oparl/v1.1/bodies/" + server.ids.syddanmark() + "/organizations?created_until=2000-01-01T00:00:00Z",
                200).get("data")).isEmpty();
    }

    @Test
    void badFiltersAndMissingObjectsAnswerJsonErrors() throws IOException {
        assertThat(json(items() + "?created_since=igår", 400).get("error").asText()).contains("created_since");
        assertThat(json("/oparl/v1.1/meetings/999999", 404).get("error").asText()).contains("999999");
        assertThat(json("/oparl/v1.1/consultations/999999", 404).get("error").asText()).contains("findes ikke");
    }

    @Test
    void anItemCarriesItsSectionsDecisionAndCaseOwnerUnderTheVendorPrefix() throws IOException {
        JsonNode item = json("/oparl/v1.1/agendaitems/" + server.ids.item21(), 200);
        assertThat(item.get("number").asText()).isEqualTo("2.1");
        assertThat(item.get("kkr:caseOwner").asText()).isEqualTo("anbe");
        assertThat(item.get("kkr:sections").get(0).get("heading").asText()).isEqualTo("Indstilling");
        assertThat(item.get("consultation").asText()).endsWith("/consultations/" + server.ids.item21());
        assertThat(item.get("auxiliaryFile").get(0).get("id").asText()).endsWith("/files/" + server.ids.memo());
        assertThat(item.get("auxiliaryFile").get(0).has("text")).as("embedded files leave out the text").isFalse();

        JsonNode memo = json("/oparl/v1.1/files/" + server.ids.memo(), 200);
        assertThat(memo.get("kkr:letterhead").get("docId").asText()).isEqualTo("2990001");
        HttpResponse<String> text = server.get("/oparl/v1.1/files/" + server.ids.memo() + "/text.txt", "*/*");
        assertThat(text.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
        assertThat(text.body()).isEqualTo(memo.get("text").asText());
    }
}
