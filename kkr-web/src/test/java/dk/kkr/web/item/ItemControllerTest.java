package dk.kkr.web.item;

import dk.kkr.store.read.ArchiveFixture;
import dk.kkr.web.WebSlice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static dk.kkr.web.WebSlice.Pages.page;
import static org.assertj.core.api.Assertions.assertThat;

/** The item page, in the web slice: sections, annexes, findings, navigation and the way to the source. */
@WebSlice(ItemController.class)
class ItemControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ArchiveFixture.Ids ids;

    @Test
    void itemPageShowsSectionsAnnexesNavigationAndTheWayToTheSource() throws Exception {
        String html = page(mvc, "/punkter/" + ids.item21());
        assertThat(html).contains("Udpegning til sundhedskoordinationsudvalget",
                "<dt>Sag</dt><dd>SAG-2020-04198</dd>", "<dt>Sagsbehandler</dt><dd>anbe</dd>",
                "Det indstilles, at KKR Syddanmark udpeger to borgmestre.", "Bilag til punktet",
                "href=\"/dokumenter/" + ids.memo() + "\">Notat om udpegning</a>",
                "href=\"/dokumenter/" + ids.agenda() + "#punkt-" + ids.item21() + "\">Vis i kilden</a>",
                "← Forrige: 2 Sundhedsområdet", "Næste: 2.2 Status på akutfunktioner →");
        assertThat(html).containsSubsequence(">Indstilling</h2>", ">Sagsfremstilling</h2>", ">Bilag</h2>");
        assertThat(html).containsSubsequence("Brødkrumme", "KKR Syddanmark", "Møde 7. september 2020", "Punkt 2<",
                "Punkt 2.1<");
        assertThat(html).contains(ArchiveFixture.RAW_HTML_ESCAPED).doesNotContain(ArchiveFixture.RAW_HTML)
                .doesNotContain("<script");
    }

    @Test
    void itemPageShowsAmountsMunicipalitiesAndDeadlinesEachLinkingToItsPlaceInTheSource() throws Exception {
        ArchiveFixture.Mentions m = ids.mentions();
        String source = "href=\"/dokumenter/" + ids.agenda() + "#m-";
        String html = page(mvc, "/punkter/" + ids.item22());
        assertThat(html).contains("Beløb, kommuner og frister i punktet",
                source + m.amount() + "\">2,6 mio. kr.</a>", "= 2.600.000 kr.",
                "href=\"/kommuner/461\">Odense</a>", source + m.odense() + "\">»Odense Kommune«</a>",
                "href=\"/kommuner/621\">Kolding</a>", source + m.kolding() + "\">»Kolding Kommune«</a>",
                source + m.deadline() + "\">senest 1. oktober 2020</a>", "(1. oktober 2020)");
        assertThat(html).containsSubsequence(">Beløb</h3>", ">Kommuner</h3>", ">Frister</h3>");
        assertThat(page(mvc, "/punkter/" + ids.item21())).doesNotContain("Beløb, kommuner og frister");
    }
}
