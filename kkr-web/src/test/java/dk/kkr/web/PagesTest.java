package dk.kkr.web;

import dk.kkr.store.read.ArchiveFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Danish pages end to end, over real HTTP from the running server: served as UTF-8 HTML, Danish error pages
 * for what is not there, and the stylesheet from the site itself. What each page shows is tested per controller
 * in the web slice (e.g. {@code MeetingControllerTest}).
 */
class PagesTest {

    private final TestServer server = TestServer.get();
    private final ArchiveFixture.Ids ids = server.ids;

    @Test
    void everyKindOfPageIsServedAsDanishHtml() {
        for (String path : new String[] {"/", "/moeder/" + ids.meeting(), "/punkter/" + ids.item21(),
                "/dokumenter/" + ids.agenda(), "/kommuner", "/kommuner/" + ArchiveFixture.ODENSE}) {
            HttpResponse<String> response = server.get(path, "text/html");
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/html").containsIgnoringCase("charset=UTF-8"));
            assertThat(response.body()).as(path).contains("<html lang=\"da\">", "Spring til indholdet",
                    "<main id=\"indhold\"");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/moeder/999999", "/punkter/999999", "/dokumenter/999999", "/moeder/abc", "/findes-ikke",
            "/kommuner/999"})
    void missingPagesAnswerInDanishWith404(String path) {
        HttpResponse<String> response = server.get(path, "text/html");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("<html lang=\"da\">", "Siden findes ikke", "Gå til forsiden");
    }

    @Test
    void stylesheetIsServedLocally() {
        HttpResponse<String> response = server.get("/css/site.css", "text/css");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains(":focus-visible").doesNotContain("http");
    }
}
