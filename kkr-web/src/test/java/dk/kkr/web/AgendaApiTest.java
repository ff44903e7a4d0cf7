package dk.kkr.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kkr.store.Database;
import dk.kkr.store.access.AccountStore;
import dk.kkr.store.access.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON API a secretariat writes agendas with, with a personal token: a meeting with its template items, an open
 * and a closed item, a change, a move, a deletion, release and publication; and the answers for no token, an account
 * that may not, and a refused change.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgendaApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ServedArchive archive;
    private String site;
    private String secretariat;
    private String otherSecretariat;

    @BeforeAll
    void serve(@TempDir Path dir) {
        archive = new ServedArchive(Database.open(dir.resolve("data"), null, null, null), dir.resolve("data"));
        AccountStore accounts = new AccountStore(archive.dataSource());
        accounts.add("mette", Role.SECRETARIAT, List.of("midtjylland"), null, null);
        accounts.add("sara", Role.SECRETARIAT, List.of("hovedstaden"), null, null);
        secretariat = accounts.newToken("mette");
        otherSecretariat = accounts.newToken("sara");
        archive.serve();
        site = archive.site();
    }

    @AfterAll
    void stop() {
        archive.close();
    }

    @Test
    void aSecretariatWritesAndPublishesAnAgendaThroughTheApi() throws Exception {
        HttpResponse<String> created = call("POST", "/api/meetings", secretariat,
                "{\"kkr\": \"midtjylland\", \"date\": \"2027-03-01\", \"time\": \"10:00\", \"place\": \"Regionshuset, Viborg\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode meeting = JSON.readTree(created.body());
        long id = meeting.at("/meeting/id").asLong();
        assertThat(meeting.at("/meeting/location").asText()).isEqualTo("Regionshuset, Viborg");
        assertThat(meeting.at("/items")).hasSize(10);

        HttpResponse<String> open = call("POST", "/api/meetings/" + id + "/items", secretariat, """
                {"title": "Fælles udbud af busdrift", "caseId": "SAG-2027-00144", "caseOwner": "lhan", "group": 3,
                 "closed": false, "sections": {"Baggrund": "Aarhus Kommune og Viborg Kommune udbyder sammen.",
                 "Indstilling": "Det indstilles, at udbuddet godkendes."}}""");
        assertThat(open.statusCode()).isEqualTo(201);
        JsonNode item = JSON.readTree(open.body());
        assertThat(item.get("number").asText()).isEqualTo("3.1");
        assertThat(item.get("caseNumber").asText()).isEqualTo("SAG-2027-00144");
        long openId = item.get("id").asLong();

        String boundary = "kkr-boundary-7";
        String multipart = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\n"
                + "Notat om busdrift\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; "
                + "filename=\"notat.txt\"\r\nContent-Type: text/plain\r\n\r\nNOTAT\nBusdrift i Midtjylland\n"
                + "Ruterne omlaegges i 2028.\r\n--" + boundary + "--\r\n";
        HttpResponse<String> annexed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(site + "/api/items/" + openId + "/annexes"))
                .header("Authorization", "Bearer " + secretariat)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(multipart)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(annexed.statusCode()).isEqualTo(201);
        assertThat(JSON.readTree(annexed.body()).at("/annexes/0/title").asText()).isEqualTo("Notat om busdrift");
        assertThat(JSON.readTree(annexed.body()).at("/annexes/0/documentId").asLong()).isPositive();

        HttpResponse<String> closed = call("POST", "/api/meetings/" + id + "/items", secretariat, """
                {"title": "Køb af grund ved Skovbrynet", "group": 3, "closed": true,
                 "publicTitle": "Køb af en grund til boliger", "legalBasis": "offentlighedslovens § 33, nr. 3"}""");
        assertThat(closed.statusCode()).isEqualTo(201);
        long closedId = JSON.readTree(closed.body()).get("id").asLong();
        assertThat(JSON.readTree(closed.body()).at("/closure/publicTitle").asText())
                .isEqualTo("Køb af en grund til boliger");

        HttpResponse<String> changed = call("PUT", "/api/items/" + openId, secretariat,
                "{\"title\": \"Fælles udbud af busdrift 2028\", \"sections\": {\"Indstilling\": \"Godkendes.\"}}");
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(changed.body()).get("title").asText()).isEqualTo("Fælles udbud af busdrift 2028");
        HttpResponse<String> moved = call("POST", "/api/items/" + closedId + "/move", secretariat,
                "{\"direction\": \"up\"}");
        assertThat(JSON.readTree(moved.body()).get("number").asText()).isEqualTo("3.1");

        assertThat(call("POST", "/api/meetings/" + id + "/release", secretariat, "").statusCode()).isEqualTo(200);
        HttpResponse<String> published = call("POST", "/api/meetings/" + id + "/publish", secretariat, "{}");
        assertThat(published.statusCode()).isEqualTo(200);
        HttpResponse<String> anyone = call("GET", "/api/items/" + openId, null, null);
        assertThat(anyone.statusCode()).isEqualTo(200);
        assertThat(anyone.body()).contains("Fælles udbud af busdrift 2028");
        HttpResponse<String> stub = call("GET", "/api/items/" + closedId, null, null);
        assertThat(stub.body()).contains("Køb af en grund til boliger").doesNotContain("Skovbrynet");

        assertThat(call("DELETE", "/api/items/" + openId, secretariat, null).statusCode()).isEqualTo(204);
        assertThat(call("GET", "/api/items/" + openId, null, null).statusCode()).isEqualTo(404);
    }

    @Test
    void noTokenAnotherKkrAndARefusedChangeAreAnsweredInJson() throws Exception {
        HttpResponse<String> none = call("POST", "/api/meetings", null, "{\"kkr\": \"midtjylland\", \"date\": \"2027-05-03\"}");
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.body()).contains("\"error\"");
        HttpResponse<String> other = call("POST", "/api/meetings", otherSecretariat,
                "{\"kkr\": \"midtjylland\", \"date\": \"2027-05-03\"}");
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(other.body()).contains("sara må ikke skrive dagsordener");

        long id = JSON.readTree(call("POST", "/api/meetings", secretariat,
                "{\"kkr\": \"midtjylland\", \"date\": \"2027-05-03\"}").body()).at("/meeting/id").asLong();
        HttpResponse<String> noGroup = call("POST", "/api/meetings/" + id + "/items", secretariat,
                "{\"title\": \"Et punkt\", \"group\": 42}");
        assertThat(noGroup.statusCode()).isEqualTo(400);
        assertThat(noGroup.body()).contains("Dagsordenen har intet punkt nummer 42");
        assertThat(call("POST", "/api/meetings/" + id + "/items", otherSecretariat, "{\"title\": \"x\", \"group\": 3}")
                .statusCode()).isEqualTo(403);
        assertThat(call("POST", "/api/meetings/999999/release", secretariat, "").statusCode()).isEqualTo(404);
    }

    @Test
    void afterTheMeetingDecisionsAndAttendanceAreRecordedAndTheMinutesReleasedThroughTheApi() throws Exception {
        String hovedstaden = otherSecretariat;
        long id = JSON.readTree(call("POST", "/api/meetings", hovedstaden,
                "{\"kkr\": \"hovedstaden\", \"date\": \"2026-11-02\"}").body()).at("/meeting/id").asLong();
        long open = JSON.readTree(call("POST", "/api/meetings/" + id + "/items", hovedstaden,
                "{\"title\": \"Fælles indsats mod ensomhed\", \"group\": 3}").body()).get("id").asLong();
        long closed = JSON.readTree(call("POST", "/api/meetings/" + id + "/items", hovedstaden, """
                {"title": "Køb af grund ved Havnevej", "group": 3, "closed": true,
                 "publicTitle": "Køb af en grund", "legalBasis": "offentlighedslovens § 33, nr. 3"}""").body())
                .get("id").asLong();
        HttpResponse<String> tooEarly = call("PUT", "/api/items/" + open + "/decision", hovedstaden,
                "{\"text\": \"Godkendt.\"}");
        assertThat(tooEarly.statusCode()).isEqualTo(400);
        assertThat(tooEarly.body()).contains("Beslutninger skrives, når dagsordenen er udsendt.");
        assertThat(call("POST", "/api/meetings/" + id + "/release", hovedstaden, "").statusCode()).isEqualTo(200);

        HttpResponse<String> decided = call("PUT", "/api/items/" + open + "/decision", hovedstaden,
                "{\"text\": \"Godkendt; indsatsen begynder i Gribskov Kommune.\"}");
        assertThat(decided.statusCode()).isEqualTo(200);
        assertThat(decided.body()).as("nobody reads a decision before the minutes").doesNotContain("Gribskov");
        assertThat(call("PUT", "/api/items/" + closed + "/decision", hovedstaden,
                "{\"text\": \"Grunden købes for Vestervoldmidler.\"}").statusCode()).isEqualTo(200);
        assertThat(call("PUT", "/api/items/" + open + "/decision", secretariat, "{\"text\": \"x\"}").statusCode())
                .isEqualTo(403);
        HttpResponse<String> badStatus = call("PUT", "/api/meetings/" + id + "/attendance", hovedstaden,
                "[{\"person\": \"Sofie Bak\", \"status\": \"maybe\"}]");
        assertThat(badStatus.statusCode()).isEqualTo(400);
        HttpResponse<String> attendance = call("PUT", "/api/meetings/" + id + "/attendance", hovedstaden, """
                [{"person": "Borgmester Sofie Bak", "status": "present", "municipality": "Gribskov"},
                 {"person": "Jonas Kirk", "status": "afbud", "municipality": "Furesø Kommune", "deputy": "Ida Storm"}]""");
        assertThat(attendance.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(attendance.body()).at("/1/municipality").asText()).isEqualTo("Furesø");
        assertThat(JSON.readTree(attendance.body())).as("as recorded").hasSize(2);

        HttpResponse<String> released = call("POST", "/api/meetings/" + id + "/minutes/release", hovedstaden, "");
        assertThat(released.statusCode()).isEqualTo(200);
        assertThat(call("POST", "/api/meetings/" + id + "/minutes/release", hovedstaden, "").body())
                .contains("Referatet er allerede udsendt.");
        assertThat(call("POST", "/api/meetings/" + id + "/publish", hovedstaden, "{}").statusCode()).isEqualTo(200);

        JsonNode item = JSON.readTree(call("GET", "/api/items/" + open, null, null).body());
        assertThat(item.at("/sections").findValuesAsText("text"))
                .contains("Godkendt; indsatsen begynder i Gribskov Kommune.");
        long document = item.at("/document/id").asLong();
        String minutes = call("GET", "/api/documents/" + document, null, null).body();
        assertThat(minutes).contains("Referat, KKR Hovedstaden 2. november 2026",
                "Ida Storm, Furesø Kommune (stedfortræder for Jonas Kirk)")
                .doesNotContain("Vestervoldmidler", "Havnevej");
        assertThat(call("GET", "/api/items/" + closed, null, null).body()).contains("Køb af en grund")
                .doesNotContain("Vestervoldmidler");
    }

    private HttpResponse<String> call(String method, String path, String token, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(site + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
