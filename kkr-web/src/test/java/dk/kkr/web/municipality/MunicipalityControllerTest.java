package dk.kkr.web.municipality;

import dk.kkr.store.read.ArchiveFixture;
import dk.kkr.web.WebSlice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static dk.kkr.web.WebSlice.Pages.page;
import static org.assertj.core.api.Assertions.assertThat;

/** The municipality pages, in the web slice: all 98 with their counts, and one with the items and documents naming it. */
@WebSlice(MunicipalityController.class)
class MunicipalityControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ArchiveFixture.Ids ids;

    @Test
    void municipalitiesPageListsAllNinetyEightWithTheirCounts() throws Exception {
        String html = page(mvc, "/kommuner");
        assertThat(html).contains("<h1>Kommuner</h1>", "href=\"/kommuner/101\">København</a>",
                "href=\"/kommuner/461\">Odense</a></td>");
        assertThat(html.split("href=\"/kommuner/\\d+\"", -1)).hasSize(99);
        assertThat(html).containsSubsequence("Odense</a>", "Region Syddanmark", "<td class=\"num\">2</td>",
                "<td class=\"num\">3</td>");
    }

    @Test
    void municipalityPageListsTheItemsNamingItNewestMeetingFirstAndTheDocuments() throws Exception {
        String html = page(mvc, "/kommuner/" + ArchiveFixture.ODENSE);
        assertThat(html).contains("<h1>Odense</h1>", "<dt>KKR</dt><dd>KKR Syddanmark</dd>", "Punkter der nævner Odense",
                "href=\"/dokumenter/" + ids.agenda() + "#m-" + ids.mentions().odense() + "\"",
                "href=\"/dokumenter/" + ids.memo() + "#m-" + ids.mentions().memoOdense() + "\"");
        assertThat(html).containsSubsequence("href=\"/punkter/" + ids.item22() + "\"", "KKR Syddanmark, 7. september 2020",
                "href=\"/punkter/" + ids.oldItem() + "\"", "KKR Hovedstaden, 4. marts 2019",
                "Dokumenter der nævner kommunen uden for et punkt", "Notat om udpegning");
        assertThat(page(mvc, "/kommuner/101")).contains("Ingen punkter i arkivet nævner kommunen.");
    }
}
