package dk.kkr.web.oparl;

import dk.kkr.core.shared.Shared;
import dk.kkr.store.read.Viewer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kkr.service.importing.ImportSummary;
import dk.kkr.service.importing.Importer;
import dk.kkr.core.danish.DanishDictionary;
import dk.kkr.search.ReindexFromStore;
import dk.kkr.search.ArchiveIndex;
import dk.kkr.web.KkrWebApplication;
import dk.kkr.core.samples.Samples;
import dk.kkr.store.Database;
import dk.kkr.store.oparl.OparlReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole corpus of ../shared and the bundled samples, imported through the real import into a fresh
 * database and served: a crawl from the System object follows every URL in every answer that points into
 * the server, validates every OParl object it is served against the OParl 1.1 schemas (embedded objects
 * included), finds no dangling URL, and reaches every object the database holds.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OparlCrawlTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TYPE = "https://schema.oparl.org/1.1/";

    @TempDir
    static Path dir;

    private Database database;
    private ConfigurableApplicationContext server;
    private String site;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void importAndServe() throws IOException {
        Path corpus = Shared.corpus();
        Path samples = Files.createDirectories(dir.resolve("samples"));
        Samples.copyTo(samples);
        database = Database.open(dir.resolve("data"), null, null, null);
        ImportSummary summary;
        try (ArchiveIndex index = ArchiveIndex.open(dir.resolve("data"), DanishDictionary.shared(),
                new ReindexFromStore(database.dataSource()))) {
            summary = Importer.standard(database.dataSource(), index)
                    .importPaths(List.of(corpus, samples), Importer.Listener.SILENT);
        }
        assertThat(summary.failures()).isEmpty();
        server = KkrWebApplication.start(database.dataSource(), 0);
        site = "http://localhost:" + ((WebServerApplicationContext) server).getWebServer().getPort();
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void everyObjectIsValidEveryLinkResolvesAndEveryObjectIsReached() throws Exception {
        OparlSchemas schemas = OparlSchemas.load().orElse(null);
        Shared.assume(schemas != null, "../shared/oparl-schema is not here");
        Map<String, Set<String>> reached = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of(site + "/oparl/v1.1/"));
        seen.add(queue.peek());
        int fetched = 0;
        while (!queue.isEmpty()) {
            String url = queue.poll();
            HttpResponse<String> response = get(url);
            fetched++;
            if (response.statusCode() != 200) {
                problems.add(response.statusCode() + " " + url);
                continue;
            }
            if (!url.startsWith(site + "/oparl/") || url.contains("/text.txt")) {
                continue;
            }
            assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).as(url).hasValue("*");
            JsonNode answer = JSON.readTree(response.body());
            if (answer.has("data")) {
                assertThat(answer.get("pagination").has("totalElements")).as(url).isTrue();
                assertThat(answer.get("links").has("first")).as(url).isTrue();
                answer.get("data").forEach(object -> validate(schemas, object, url, problems));
            } else {
                validate(schemas, answer, url, problems);
                if (!answer.path("id").asText().equals(url)) {
                    problems.add("served at " + url + " but its id is " + answer.path("id").asText());
                }
            }
            collect(answer, reached, queue, seen);
        }

        Map<String, Long> counts = new OparlReader(database.dataSource(), Viewer.PUBLIC).counts();
        long bodies = counts.get("body");
        Map<String, Long> expected = new LinkedHashMap<>();
        expected.put("System", 1L);
        expected.put("Body", bodies);
        expected.put("Organization", bodies);
        expected.put("LegislativeTerm", bodies * 3);
        expected.put("Meeting", counts.get("meeting"));
        expected.put("AgendaItem", counts.get("agenda_item"));
        expected.put("Paper", counts.get("case_file"));
        expected.put("Consultation", counts.get("consultation"));
        expected.put("File", counts.get("document"));
        expected.put("Location", counts.get("location"));
        expected.put("Person", counts.get("person"));
        expected.put("Membership", counts.get("membership"));
        Map<String, Long> found = new LinkedHashMap<>();
        OparlSchemas.TYPES.forEach(type -> found.put(type, (long) reached.getOrDefault(type, Set.of()).size()));
        System.out.println("OParl crawl: " + fetched + " URLs fetched; objects reached per type: " + found);

        assertThat(problems).as("invalid objects and dangling URLs").isEmpty();
        expected.forEach((type, count) -> assertThat(found.get(type)).as(type).isEqualTo(count));
        assertThat(found.get("Person")).as("the sample minutes name who attended").isGreaterThan(5);
        assertThat(found.get("AgendaItem")).isGreaterThan(20);
    }

    private static void validate(OparlSchemas schemas, JsonNode object, String url, List<String> problems) {
        schemas.errors(object).forEach(error -> problems.add(object.path("id").asText(url) + ": " + error));
    }

    /** Records every OParl object in an answer, embedded ones too, and queues every URL into the server. */
    private void collect(JsonNode node, Map<String, Set<String>> reached, Deque<String> queue, Set<String> seen) {
        if (node.isObject()) {
            String type = node.path("type").asText();
            if (type.startsWith(TYPE) && node.has("id")) {
                reached.computeIfAbsent(type.substring(TYPE.length()), t -> new HashSet<>()).add(node.get("id").asText());
            }
        }
        if (node.isTextual() && node.asText().startsWith(site + "/") && seen.add(node.asText())) {
            queue.add(node.asText());
        }
        node.forEach(child -> collect(child, reached, queue, seen));
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
