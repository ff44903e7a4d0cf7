package dk.kkr.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kkr.service.importing.FileOutcome;
import dk.kkr.service.importing.Importer;
import dk.kkr.core.samples.Samples;
import dk.kkr.store.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No channel shows what its viewer does not see. The fixture: an agenda imported twice, first as a worse
 * reading (raw PDF text: long lines broken inside words) and then as the clean text, so that the raw
 * reading becomes a hidden near-duplicate. The test walks every channel — the pages (crawled from the front
 * page, the municipality pages and a search), the calculation pages, the JSON API, OParl (crawled from its
 * entry), the feeds and the calendars — and fails if any of them names an item or a document of the hidden
 * reading, counts one, or lists an item twice. The one exception is deliberate: the shown document's page
 * lists its other extractions, and a worse extraction's own page is readable from there.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VisibilityLeakTest {

    /** Where pages, feeds, calendars and OParl name an item or a document. */
    private static final Pattern ITEM_LINK = Pattern.compile("/(?:punkter|agendaitems|consultations)/(\\d+)\\b");
    private static final Pattern DOCUMENT_LINK = Pattern.compile("/(?:dokumenter|files)/(\\d+)\\b");
    private static final Pattern HREF = Pattern.compile("href=\"(/[^\"#]*)\"");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    private ServedArchive archive;
    private String site;
    private final HttpClient http = HttpClient.newHttpClient();

    private Set<Long> hiddenItems;
    private Set<Long> hiddenDocuments;
    private Set<Long> shownItems;
    private long shownFile;
    private long hiddenFile;
    private long meeting;

    @BeforeAll
    void importTwoReadingsAndServe() throws IOException {
        String name = Samples.names().stream().filter(n -> n.startsWith("dagsorden") && n.endsWith(".txt"))
                .findFirst().orElseThrow();
        String clean = new String(Samples.bytes(name), StandardCharsets.UTF_8);
        // raw PDF text of the same agenda: long running lines broken inside a word by a line-end hyphen
        String raw = clean.lines().map(line -> line.length() < 60 || Character.isDigit(line.charAt(0)) ? line
                        : line.substring(0, line.length() / 2) + "-\n" + line.substring(line.length() / 2))
                .collect(Collectors.joining("\n"));
        Path in = Files.createDirectories(dir.resolve("ind"));
        archive = new ServedArchive(Database.open(dir.resolve("data"), null, null, null), dir.resolve("data"));
        Importer importer = archive.importer();
        assertThat(importer.importFile(Files.writeString(in.resolve("dagsorden-raa.txt"), raw)).status())
                .isEqualTo(FileOutcome.Status.NEW);
        assertThat(importer.importFile(Files.writeString(in.resolve("dagsorden.txt"), clean)).status())
                .isEqualTo(FileOutcome.Status.NEW);

        JdbcClient sql = JdbcClient.create(archive.dataSource());
        hiddenFile = sql.sql("SELECT id FROM document WHERE duplicate_of IS NOT NULL").query(Long.class).single();
        shownFile = sql.sql("SELECT duplicate_of FROM document WHERE id = :id").param("id", hiddenFile)
                .query(Long.class).single();
        hiddenDocuments = Set.copyOf(sql.sql("SELECT id FROM document WHERE COALESCE(parent_id, id) = :id")
                .param("id", hiddenFile).query(Long.class).list());
        hiddenItems = Set.copyOf(sql.sql("SELECT id FROM agenda_item WHERE document_id = :id")
                .param("id", hiddenFile).query(Long.class).list());
        shownItems = Set.copyOf(sql.sql("SELECT id FROM agenda_item WHERE document_id = :id")
                .param("id", shownFile).query(Long.class).list());
        meeting = sql.sql("SELECT meeting_id FROM document WHERE id = :id").param("id", shownFile)
                .query(Long.class).single();
        assertThat(sql.sql("SELECT source_file_id FROM document WHERE id = :id").param("id", shownFile)
                .query(Long.class).single()).as("the clean reading is the one shown")
                .isEqualTo(sql.sql("SELECT id FROM source_file WHERE file_name = 'dagsorden.txt'").query(Long.class).single());
        assertThat(hiddenItems).as("the hidden reading holds items").hasSizeGreaterThan(10);
        assertThat(shownItems).hasSameSizeAs(hiddenItems);

        archive.serve();
        site = archive.site();
    }

    @AfterAll
    void stop() {
        if (archive != null) {
            archive.close();
        }
    }

    @Test
    void noPageFeedOrCalendarNamesTheHiddenReading() {
        List<String> leaks = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        for (String start : List.of("/", "/kommuner", "/soeg?q=kommunerne", "/soeg?q=praktikpladser",
                "/beregninger", "/feeds/syddanmark.atom", "/kalender/syddanmark.ics", "/feeds/soeg.atom?q=kommunerne")) {
            queue.add(start);
            seen.add(start);
        }
        for (int code : municipalitiesNamed()) {
            queue.add("/feeds/kommuner/" + code + ".atom");
            queue.add("/kalender/kommuner/" + code + ".ics");
        }
        int fetched = 0;
        while (!queue.isEmpty()) {
            String path = queue.poll();
            HttpResponse<String> response = get(path);
            fetched++;
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            boolean extractionPage = path.equals("/dokumenter/" + shownFile) || path.equals("/dokumenter/" + hiddenFile);
            leaks.addAll(named(path, response.body(), ITEM_LINK, hiddenItems));
            if (!extractionPage) {
                leaks.addAll(named(path, response.body(), DOCUMENT_LINK, hiddenDocuments));
            }
            if (path.equals("/dokumenter/" + hiddenFile)) {
                continue; // a worse extraction's page is read from the extraction list; its links are not followed
            }
            Matcher href = HREF.matcher(response.body());
            while (href.find()) {
                String link = href.group(1).replace("&amp;", "&");
                if (crawlable(link) && seen.add(link)) {
                    queue.add(link);
                }
            }
        }
        assertThat(fetched).as("pages walked").isGreaterThan(40);
        assertThat(seen).as("the walk reached every shown item").containsAll(
                shownItems.stream().map(id -> "/punkter/" + id).toList());
        assertThat(leaks).as("pages, feeds and calendars naming the hidden reading").isEmpty();
    }

    @Test
    void hiddenItemsAreNotFoundByTheirAddress() {
        for (long item : hiddenItems) {
            assertThat(get("/punkter/" + item).statusCode()).as("/punkter/" + item).isEqualTo(404);
            assertThat(get("/api/items/" + item).statusCode()).as("/api/items/" + item).isEqualTo(404);
            assertThat(get("/oparl/v1.1/agendaitems/" + item).statusCode()).isEqualTo(404);
        }
        for (long document : hiddenDocuments) {
            assertThat(get("/oparl/v1.1/files/" + document).statusCode()).as("OParl file " + document).isEqualTo(404);
        }
        assertThat(get("/dokumenter/" + hiddenFile).body()).as("a worse extraction's page says so")
                .contains("dårligere udtræk").doesNotContainPattern("/punkter/\\d");
    }

    @Test
    void theApiListsAndCountsOnlyWhatIsShown() throws IOException {
        assertThat(ids(json("/api/documents"), "")).doesNotContainAnyElementsOf(hiddenDocuments).contains(shownFile);
        JsonNode meetings = json("/api/meetings");
        assertThat(meetings.findValues("itemCount").stream().map(JsonNode::asInt)).containsExactly(shownItems.size());
        JsonNode meetingView = json("/api/meetings/" + meeting);
        assertThat(ids(meetingView, "documents")).containsExactly(shownFile);
        assertThat(ids(meetingView, "items")).containsExactlyInAnyOrderElementsOf(shownItems);
        JsonNode search = json("/api/search?q=kommunerne&limit=100");
        assertThat(search.findValues("itemId").stream().map(JsonNode::asLong)).isNotEmpty()
                .doesNotContainAnyElementsOf(hiddenItems);
        assertThat(named("/api/search", search.toString(), ITEM_LINK, hiddenItems)).isEmpty();

        JdbcClient sql = JdbcClient.create(archive.dataSource());
        for (int code : municipalitiesNamed()) {
            long itemsNaming = sql.sql("""
                            SELECT COUNT(DISTINCT item_id) FROM entity_mention
                            WHERE kind = 'MUNICIPALITY' AND municipality_code = :code AND item_id IN (:shown)""")
                    .param("code", code).param("shown", shownItems).query(Long.class).single();
            JsonNode summary = null;
            for (JsonNode m : json("/api/municipalities")) {
                if (m.get("code").asInt() == code) {
                    summary = m;
                }
            }
            assertThat(summary).isNotNull();
            assertThat(summary.get("items").asLong()).as("items naming " + code).isEqualTo(itemsNaming);
            assertThat(ids(json("/api/municipalities/" + code), "items")).doesNotContainAnyElementsOf(hiddenItems)
                    .hasSize((int) itemsNaming);
        }
    }

    @Test
    void oparlListsOnlyWhatIsShown() throws IOException {
        List<String> leaks = new ArrayList<>();
        Set<String> seen = new HashSet<>(List.of(site + "/oparl/v1.1/"));
        Deque<String> queue = new ArrayDeque<>(seen);
        Set<Long> itemsReached = new HashSet<>();
        while (!queue.isEmpty()) {
            String url = queue.poll();
            HttpResponse<String> response = get(url.substring(site.length()));
            assertThat(response.statusCode()).as(url).isEqualTo(200);
            leaks.addAll(named(url, response.body(), ITEM_LINK, hiddenItems));
            leaks.addAll(named(url, response.body(), DOCUMENT_LINK, hiddenDocuments));
            Matcher item = Pattern.compile("/agendaitems/(\\d+)\\b").matcher(response.body());
            while (item.find()) {
                itemsReached.add(Long.parseLong(item.group(1)));
            }
            if (!response.headers().firstValue("Content-Type").orElse("").startsWith("application/json")) {
                continue; // a file's text
            }
            collect(JSON.readTree(response.body()), seen, queue);
        }
        assertThat(itemsReached).containsExactlyInAnyOrderElementsOf(shownItems);
        assertThat(leaks).as("OParl objects naming the hidden reading").isEmpty();
    }

    /** Queues every URL into the OParl endpoint that an answer holds, at any depth. */
    private void collect(JsonNode node, Set<String> seen, Deque<String> queue) {
        if (node.isContainerNode()) {
            node.forEach(child -> collect(child, seen, queue));
        } else if (node.isTextual() && node.asText().startsWith(site + "/oparl/") && seen.add(node.asText())) {
            queue.add(node.asText());
        }
    }

    /** The municipalities the shown reading's items name (the hidden reading's name the same). */
    private List<Integer> municipalitiesNamed() {
        return JdbcClient.create(archive.dataSource()).sql("""
                        SELECT DISTINCT municipality_code FROM entity_mention
                        WHERE kind = 'MUNICIPALITY' AND item_id IN (:shown) ORDER BY 1""")
                .param("shown", shownItems).query(Integer.class).list();
    }

    /** Pages of the archive to walk: no assets, no refinement of searches (their many facet links). */
    private static boolean crawlable(String link) {
        return !link.startsWith("/webjars/") && !link.startsWith("/css/") && !link.startsWith("/js/")
                && !link.startsWith("/v3/") && !link.startsWith("/api-docs") && !link.contains(".ico")
                && !link.startsWith("/soeg") && !link.endsWith("/csv") && !link.endsWith("/xlsx")
                && !link.contains("/oparl/");
    }

    private static List<String> named(String where, String body, Pattern link, Set<Long> hidden) {
        List<String> found = new ArrayList<>();
        Matcher m = link.matcher(body);
        while (m.find()) {
            if (hidden.contains(Long.parseLong(m.group(1)))) {
                found.add(where + " names " + m.group());
            }
        }
        return found;
    }

    /** The ids of the objects of an array field ("" for an answer that is the array). */
    private static List<Long> ids(JsonNode node, String field) {
        JsonNode array = field.isEmpty() ? node : node.get(field);
        List<Long> ids = new ArrayList<>();
        array.forEach(o -> ids.add(o.get("id").asLong()));
        return ids;
    }

    private JsonNode json(String path) throws IOException {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> get(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(site + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
