package dk.kkr.web;

import dk.kkr.store.read.ArchiveFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The Danish pages over real HTTP: content, labels, links, escaping of document text, and 404s. */
class PagesTest {

    private static final String ESCAPED_HTML = "&lt;p&gt;hej&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;";

    private final TestServer server = TestServer.get();
    private final ArchiveFixture.Ids ids = server.ids;

    private String page(String path) {
        HttpResponse<String> response = server.get(path, "text/html");
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html").containsIgnoringCase("charset=UTF-8"));
        return response.body();
    }

    @Test
    void frontPageListsTheFiveKkrsAndTheLatestMeetings() {
        String html = page("/");
        assertThat(html).contains("<html lang=\"da\">", "Spring til indholdet", "<main id=\"indhold\"",
                "De fem KKR&#39;er", "Seneste møder");
        assertThat(html).contains("KKR Hovedstaden", "KKR Sjælland", "KKR Syddanmark", "KKR Midtjylland",
                "KKR Nordjylland", "Region Syddanmark", "1 møde", "0 møder");
        assertThat(html).contains("href=\"/moeder/" + ids.meeting() + "\">7. september 2020</a>",
                "4. marts 2019", "Comwell Kolding");
        assertThat(html.indexOf("7. september 2020")).isLessThan(html.indexOf("4. marts 2019"));
        assertThat(html).contains("Senest importerede dokumenter", "href=\"/dokumenter/" + ids.bundle() + "\"",
                "Bilagssamling").doesNotContain("href=\"/dokumenter/" + ids.memo() + "\"");
    }

    @Test
    void frontPageCanShowOneKkr() {
        String html = page("/?kkr=hovedstaden");
        assertThat(html).contains("Seneste møder i KKR Hovedstaden", "4. marts 2019", "Vis møder i alle KKR&#39;er")
                .doesNotContain("7. september 2020");
    }

    @Test
    void meetingPageShowsHeaderAndItemsNestedInOrder() {
        String html = page("/moeder/" + ids.meeting());
        assertThat(html).contains("KKR Syddanmark – møde 7. september 2020", "<dt>Tid</dt><dd>kl. 10:00</dd>",
                "<dt>Sted</dt><dd>Comwell Kolding</dd>", "Punkter – Dagsorden", "SAG-2020-04197 (nihj)",
                "aria-label=\"Brødkrumme\"", "Bilagssamling");
        assertThat(html).containsSubsequence("/punkter/" + ids.item1(), "Godkendelse af dagsorden",
                "/punkter/" + ids.item2(), "Sundhedsområdet",
                "<ol class=\"items\">", "/punkter/" + ids.item21(), "/punkter/" + ids.item22(), "</ol>");
    }

    @Test
    void itemPageShowsSectionsAnnexesNavigationAndTheWayToTheSource() {
        String html = page("/punkter/" + ids.item21());
        assertThat(html).contains("Udpegning til sundhedskoordinationsudvalget",
                "<dt>Sag</dt><dd>SAG-2020-04198</dd>", "<dt>Sagsbehandler</dt><dd>anbe</dd>",
                "Det indstilles, at KKR Syddanmark udpeger to borgmestre.", "Bilag til punktet",
                "href=\"/dokumenter/" + ids.memo() + "\">Notat om udpegning</a>",
                "href=\"/dokumenter/" + ids.agenda() + "#punkt-" + ids.item21() + "\">Vis i kilden</a>",
                "← Forrige: 2 Sundhedsområdet", "Næste: 2.2 Status på akutfunktioner →");
        assertThat(html).containsSubsequence(">Indstilling</h2>", ">Sagsfremstilling</h2>", ">Bilag</h2>");
        assertThat(html).containsSubsequence("Brødkrumme", "KKR Syddanmark", "Møde 7. september 2020", "Punkt 2<",
                "Punkt 2.1<");
        assertThat(html).contains(ESCAPED_HTML).doesNotContain(ArchiveFixture.RAW_HTML).doesNotContain("<script");
    }

    @Test
    void documentPageMarksEachItemInTheEscapedText() {
        String html = page("/dokumenter/" + ids.agenda());
        assertThat(html).contains("<p class=\"kind\">Dagsorden</p>", "Kildefil",
                "syddanmark-2020-09-07-dagsorden.txt", ArchiveFixture.SYDDANMARK_SHA256,
                "Windows-1252 afkodet", "linjeskift normaliseret");
        assertThat(html).containsSubsequence(
                "id=\"punkt-" + ids.item1() + "\"", "Punkt 1: Godkendelse af dagsorden",
                "id=\"punkt-" + ids.item2() + "\"", "id=\"punkt-" + ids.item21() + "\"",
                "href=\"/punkter/" + ids.item21() + "\"", "Det indstilles, at KKR Syddanmark", "</section>",
                "id=\"punkt-" + ids.item22() + "\"");
        assertThat(html).contains(ESCAPED_HTML).doesNotContain(ArchiveFixture.RAW_HTML).doesNotContain("<script");
    }

    @Test
    void documentPageShowsLetterheadAndMemos() {
        String bundle = page("/dokumenter/" + ids.bundle());
        assertThat(bundle).contains("<p class=\"kind\">Bilagssamling</p>", "Notater i dokumentet",
                "href=\"/dokumenter/" + ids.memo() + "\"");
        String memo = page("/dokumenter/" + ids.memo());
        assertThat(memo).contains("<p class=\"kind\">Notat</p>", "<dt>Dato</dt><dd>1. september 2020</dd>",
                "<dt>Sags ID</dt><dd>SAG-2020-04198</dd>", "<dt>Dok. ID</dt><dd>2990001</dd>",
                "KKR Syddanmark skal udpege to medlemmer.")
                .doesNotContain("Indholdsfortegnelse");
    }

    @Test
    void itemPageShowsAmountsMunicipalitiesAndDeadlinesEachLinkingToItsPlaceInTheSource() {
        ArchiveFixture.Mentions m = ids.mentions();
        String source = "href=\"/dokumenter/" + ids.agenda() + "#m-";
        String html = page("/punkter/" + ids.item22());
        assertThat(html).contains("Beløb, kommuner og frister i punktet",
                source + m.amount() + "\">2,6 mio. kr.</a>", "= 2.600.000 kr.",
                "href=\"/kommuner/461\">Odense</a>", source + m.odense() + "\">»Odense Kommune«</a>",
                "href=\"/kommuner/621\">Kolding</a>", source + m.kolding() + "\">»Kolding Kommune«</a>",
                source + m.deadline() + "\">senest 1. oktober 2020</a>", "(1. oktober 2020)");
        assertThat(html).containsSubsequence(">Beløb</h3>", ">Kommuner</h3>", ">Frister</h3>");
        assertThat(page("/punkter/" + ids.item21())).doesNotContain("Beløb, kommuner og frister");
    }

    @Test
    void documentPageMarksEachMentionInTheEscapedTextAndListsTotalsThatDoNotAddUp() {
        ArchiveFixture.Mentions m = ids.mentions();
        String html = page("/dokumenter/" + ids.agenda());
        assertThat(html).contains("<mark id=\"m-" + m.odense() + "\" class=\"mention municipality\" title=\"Kommune\">"
                        + "Odense Kommune</mark> og <mark id=\"m-" + m.kolding() + "\"",
                "Kolding Kommune</mark> har brugt <mark id=\"m-" + m.amount()
                        + "\" class=\"mention amount\" title=\"Beløb\">2,6 mio. kr.</mark> Svar ",
                "<mark id=\"m-" + m.deadline() + "\" class=\"mention deadline\" title=\"Frist\">senest <mark id=\"m-"
                        + m.date() + "\" class=\"mention date\" title=\"Dato\">1. oktober 2020</mark></mark>");
        assertThat(html).containsSubsequence("id=\"punkt-" + ids.item22() + "\"", "id=\"m-" + m.odense() + "\"",
                "</section>");
        assertThat(html).contains("Tabellernes sumrækker", "regnet efter: 1. Heraf stemmer 1 ikke.",
                "<td>I alt</td>", "<td>Udgift</td>", "<td class=\"num\">2.700</td>", "<td class=\"num\">2.600</td>",
                "<td class=\"num\">100</td>");
        assertThat(html).contains(ESCAPED_HTML).doesNotContain(ArchiveFixture.RAW_HTML);
        assertThat(page("/dokumenter/" + ids.memo())).contains("<mark id=\"m-" + m.memoOdense() + "\"")
                .doesNotContain("Tabellernes sumrækker");
    }

    @Test
    void municipalitiesPageListsAllNinetyEightWithTheirCounts() {
        String html = page("/kommuner");
        assertThat(html).contains("<h1>Kommuner</h1>", "href=\"/kommuner/101\">København</a>",
                "href=\"/kommuner/461\">Odense</a></td>");
        assertThat(html.split("href=\"/kommuner/\\d+\"", -1)).hasSize(99);
        assertThat(html).containsSubsequence("Odense</a>", "Region Syddanmark", "<td class=\"num\">2</td>",
                "<td class=\"num\">3</td>");
    }

    @Test
    void municipalityPageListsTheItemsNamingItNewestMeetingFirstAndTheDocuments() {
        String html = page("/kommuner/" + ArchiveFixture.ODENSE);
        assertThat(html).contains("<h1>Odense</h1>", "<dt>KKR</dt><dd>KKR Syddanmark</dd>", "Punkter der nævner Odense",
                "href=\"/dokumenter/" + ids.agenda() + "#m-" + ids.mentions().odense() + "\"",
                "href=\"/dokumenter/" + ids.memo() + "#m-" + ids.mentions().memoOdense() + "\"");
        assertThat(html).containsSubsequence("href=\"/punkter/" + ids.item22() + "\"", "KKR Syddanmark, 7. september 2020",
                "href=\"/punkter/" + ids.oldItem() + "\"", "KKR Hovedstaden, 4. marts 2019",
                "Dokumenter der nævner kommunen uden for et punkt", "Notat om udpegning");
        assertThat(page("/kommuner/101")).contains("Ingen punkter i arkivet nævner kommunen.");
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
