package dk.kkr.web;

import dk.kkr.core.shared.Shared;
import dk.kkr.service.importing.Importer;
import dk.kkr.core.danish.DanishDictionary;
import dk.kkr.search.ArchiveIndex;
import dk.kkr.search.ReindexFromStore;
import dk.kkr.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole corpus in ../shared (system property kkr.shared) imported and served: the municipality pages and
 * the item pages show the entities found in it. Skipped when the corpus is not there.
 */
class CorpusPagesTest {

    private static final int KOEBENHAVN = 101;

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void municipalityAndItemPagesShowTheEntitiesOfTheCorpus() throws Exception {
        Path corpus = Shared.corpus();
        try (Database db = Database.open(dir, null, null, null);
             ArchiveIndex index = ArchiveIndex.open(dir, DanishDictionary.shared(), new ReindexFromStore(db.dataSource()))) {
            Importer importer = Importer.standard(db.dataSource(), index);
            assertThat(importer.importPaths(List.of(corpus), Importer.Listener.SILENT).failures()).isEmpty();
            JdbcClient sql = JdbcClient.create(db.dataSource());
            List<Long> itemsOf003NamingKoebenhavn = sql.sql("""
                            SELECT DISTINCT e.item_id FROM entity_mention e JOIN source_file f ON f.id = e.source_file_id
                            WHERE f.file_name LIKE '003\\_%' ESCAPE '\\' AND e.kind = 'MUNICIPALITY'
                                  AND e.municipality_code = :code AND e.item_id IS NOT NULL""")
                    .param("code", KOEBENHAVN).query(Long.class).list();
            long item35 = sql.sql("""
                            SELECT i.id FROM agenda_item i JOIN document d ON d.id = i.document_id
                            JOIN source_file f ON f.id = d.source_file_id
                            WHERE f.file_name LIKE '003\\_%' ESCAPE '\\' AND i.number = '3.5'""")
                    .query(Long.class).single();
            List<Integer> municipalitiesOf35 = sql.sql("""
                            SELECT DISTINCT municipality_code FROM entity_mention
                            WHERE item_id = :item AND kind = 'MUNICIPALITY'""")
                    .param("item", item35).query(Integer.class).list();

            ConfigurableApplicationContext web = KkrWebApplication.start(db.dataSource(), 0);
            try {
                int port = ((WebServerApplicationContext) web).getWebServer().getPort();
                String koebenhavn = page(port, "/kommuner/" + KOEBENHAVN);
                assertThat(itemsOf003NamingKoebenhavn).as("items of 003 naming København").isNotEmpty();
                assertThat(koebenhavn).contains("<h1>København</h1>");
                itemsOf003NamingKoebenhavn.forEach(id -> assertThat(koebenhavn).contains("href=\"/punkter/" + id + "\""));

                String page35 = page(port, "/punkter/" + item35);
                assertThat(municipalitiesOf35).as("municipalities named in 003's item 3.5").isNotEmpty();
                assertThat(page35).contains("<h3>Kommuner</h3>");
                municipalitiesOf35.forEach(code -> assertThat(page35).contains("href=\"/kommuner/" + code + "\""));
                assertThat(page35).containsPattern("href=\"/dokumenter/\\d+#m-\\d+\">»[^<]+«</a>");
            } finally {
                web.close();
            }
        }
    }

    private String page(int port, String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }
}
