package dk.kkr.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kkr.web.TestServer;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** /soeg and /api/search over the shared archive fixture, the index built from the store. */
class SearchPagesTest {

    private final TestServer server = TestServer.get();

    private String page(String path) {
        HttpResponse<String> response = server.get(path, "text/html");
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    @Test
    void everyPageHasTheSearchFormInItsHeader() {
        assertThat(page("/")).contains("<form class=\"site-search\" role=\"search\" action=\"/soeg\" method=\"get\">")
                .contains("name=\"q\"");
    }

    @Test
    void hitsLinkToTheItemAndItsSectionWithHighlightedPassages() {
        String html = page("/soeg?q=borgmestre+udpeger");
        long item21 = server.ids.item21();
        assertThat(html).contains("1 resultat")
                .contains("href=\"/punkter/" + item21 + "\">Punkt 2.1: Udpegning til sundhedskoordinationsudvalget</a>")
                .contains("href=\"/punkter/" + item21 + "#afsnit-0\">Indstilling</a>")
                .containsPattern("<mark>borgmestre</mark>|<mark>udpeger</mark>");
    }

    @Test
    void aDocumentInTheTextCannotInjectMarkup() {
        String html = page("/soeg?q=tabellen");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)")
                .doesNotContain("<p>hej</p>");
    }

    @Test
    void facetsAreLinksWithCountsThatNarrowAndWiden() {
        String all = page("/soeg?q=SAG-2020-04198");
        assertThat(all).contains("2 resultater")
                .containsPattern("<a href=\"/soeg\\?q=SAG-2020-04198&amp;art=note\"[^>]*>\\s*<span>Notat</span>\\s*"
                        + "<span class=\"facet-count\">\\(1\\)</span>")
                .contains("<span>Odense</span>");

        String notes = page("/soeg?q=SAG-2020-04198&art=note");
        assertThat(notes).contains("1 resultat").contains("aria-current=\"true\"")
                .contains("href=\"/soeg?q=SAG-2020-04198\"")
                .contains("href=\"/dokumenter/" + server.ids.memo() + "#tekst\"");
        assertThat(page("/soeg?q=SAG-2020-04198&kommune=Odense&kkr=syddanmark")).contains("1 resultat<");
        assertThat(page("/soeg?q=SAG-2020-04198&aar=1999")).contains("0 resultater").contains("Ingen resultater.");
    }

    @Test
    void whenNoUnitHasEveryWordThePageShowsThoseWithMostOfThemAndSaysSo() {
        String partial = page("/soeg?q=borgmestre+udpeger+zebrafinke");
        assertThat(partial).contains("Intet matcher alle ordene").contains("Punkt 2.1: Udpegning til sundhedskoordinationsudvalget");
        assertThat(page("/soeg?q=borgmestre+udpeger")).doesNotContain("Intet matcher alle ordene");
        assertThat(server.get("/feeds/soeg.atom?q=borgmestre+udpeger+zebrafinke", "*/*").body())
                .as("a saved search feeds only what matches every word").doesNotContain("<entry>");
    }

    @Test
    void suggestsANearSpellingAsALink() {
        assertThat(page("/soeg?q=borgmestrre")).contains("Mente du")
                .contains("<a href=\"/soeg?q=borgmestre\">borgmestre</a>");
    }

    @Test
    void htmxRefinesInPlaceAndThePageIsCompleteWithoutIt() {
        String html = page("/soeg?q=SAG-2020-04198&sort=nyeste");
        assertThat(html).contains("src=\"/webjars/htmx.org/2.0.4/dist/htmx.min.js\"")
                .contains("hx-get=\"/soeg\"").contains("hx-target=\"#resultater\"").contains("hx-boost=\"true\"")
                .contains("id=\"resultater\"")
                .contains("<form class=\"search\" role=\"search\" action=\"/soeg\" method=\"get\"")
                .contains("<input type=\"hidden\" name=\"sort\" value=\"nyeste\">")
                .contains("href=\"/soeg?q=SAG-2020-04198\">Relevans</a>");
        assertThat(html.replaceAll("\\s(hx-[a-z-]+)=\"[^\"]*\"", ""))
                .as("without htmx the facet links and the form still lead to full pages")
                .contains("href=\"/soeg?q=SAG-2020-04198&amp;art=note&amp;sort=nyeste\"")
                .contains("</html>");
        assertThat(server.get("/webjars/htmx.org/2.0.4/dist/htmx.min.js", "*/*").statusCode()).isEqualTo(200);
    }

    @Test
    void theApiAnswersTheSameAsJson() throws Exception {
        HttpResponse<String> response = server.get("/api/search?q=SAG-2020-04198&art=note", "application/json");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode json = new ObjectMapper().readTree(response.body());
        assertThat(json.get("total").asLong()).isEqualTo(1);
        JsonNode hit = json.get("hits").get(0);
        assertThat(hit.get("rank").asInt()).isEqualTo(1);
        assertThat(hit.get("key").asText()).isEqualTo("document:" + server.ids.memo());
        assertThat(hit.get("date").asText()).isEqualTo("2020-09-01");
        assertThat(hit.get("kind").asText()).isEqualTo("note");
        assertThat(json.get("facets").get("art").get(0).get("selected").asBoolean()).isTrue();
        assertThat(json.get("facets").get("kommune").get(0).get("value").asText()).isEqualTo("Odense");
    }

    @Test
    void queryTextThatIsNotSyntaxIsSearchedAsWordsOnEveryChannel() {
        for (String q : new String[] {"AND", "NOT", "a+AND", "OR+OR", "%22borgmestre", "(", "%00", "og"}) {
            for (String path : new String[] {"/soeg?q=", "/api/search?q=", "/feeds/soeg.atom?q="}) {
                assertThat(server.get(path + q, "*/*").statusCode()).as(path + q).isEqualTo(200);
            }
        }
        assertThat(page("/soeg?q=%22borgmestre")).contains("Punkt 2.1: Udpegning til sundhedskoordinationsudvalget");
    }

    @Test
    void aQueryTooCostlyToRunIsRefusedInDanishWithA400() {
        String q = String.join("+", java.util.stream.IntStream.range(0, 11).mapToObj(i -> "a" + i + "*").toList());
        HttpResponse<String> page = server.get("/soeg?q=" + q, "text/html");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("role=\"alert\"").contains("for mange ord med jokertegn")
                .contains("<form class=\"search\"");
        HttpResponse<String> api = server.get("/api/search?q=" + q, "application/json");
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.body()).contains("\"error\"").contains("jokertegn");
        HttpResponse<String> feed = server.get("/feeds/soeg.atom?q=" + q, "*/*");
        assertThat(feed.statusCode()).isEqualTo(400);
        assertThat(feed.body()).contains("jokertegn");
        String ten = String.join("+", java.util.stream.IntStream.range(0, 10).mapToObj(i -> "a" + i + "*").toList());
        assertThat(server.get("/soeg?q=" + ten, "text/html").statusCode()).isEqualTo(200);
    }

    @Test
    void aParameterOfTheWrongKindIsADanish400AndAFarPageIsTheLastThereIs() {
        HttpResponse<String> page = server.get("/soeg?q=borgmestre&side=abc", "text/html");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("Parameteren side skal være et heltal.");
        HttpResponse<String> api = server.get("/api/search?q=borgmestre&limit=mange", "application/json");
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.body()).contains("\"error\"").contains("Parameteren limit skal være et heltal.");
        for (String path : new String[] {"/soeg?q=borgmestre&side=2147483647", "/api/search?side=2147483647&limit=100",
                "/api/search?q=borgmestre&side=-5&limit=-1"}) {
            assertThat(server.get(path, "*/*").statusCode()).as(path).isEqualTo(200);
        }
    }
}
