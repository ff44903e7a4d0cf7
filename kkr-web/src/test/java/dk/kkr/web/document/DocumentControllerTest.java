package dk.kkr.web.document;

import dk.kkr.store.read.ArchiveFixture;
import dk.kkr.web.WebSlice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static dk.kkr.web.WebSlice.Pages.page;
import static org.assertj.core.api.Assertions.assertThat;

/** The document page, in the web slice: the escaped text with its items and mentions marked, letterhead, memos, totals. */
@WebSlice(DocumentController.class)
class DocumentControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ArchiveFixture.Ids ids;

    @Test
    void documentPageMarksEachItemInTheEscapedText() throws Exception {
        String html = page(mvc, "/dokumenter/" + ids.agenda());
        assertThat(html).contains("<p class=\"kind\">Dagsorden</p>", "Kildefil",
                "syddanmark-2020-09-07-dagsorden.txt", ArchiveFixture.SYDDANMARK_SHA256,
                "Windows-1252 afkodet", "linjeskift normaliseret");
        assertThat(html).containsSubsequence(
                "id=\"punkt-" + ids.item1() + "\"", "Punkt 1: Godkendelse af dagsorden",
                "id=\"punkt-" + ids.item2() + "\"", "id=\"punkt-" + ids.item21() + "\"",
                "href=\"/punkter/" + ids.item21() + "\"", "Det indstilles, at KKR Syddanmark", "</section>",
                "id=\"punkt-" + ids.item22() + "\"");
        assertThat(html).contains(ArchiveFixture.RAW_HTML_ESCAPED).doesNotContain(ArchiveFixture.RAW_HTML)
                .doesNotContain("<script");
    }

    @Test
    void documentPageShowsLetterheadAndMemos() throws Exception {
        String bundle = page(mvc, "/dokumenter/" + ids.bundle());
        assertThat(bundle).contains("<p class=\"kind\">Bilagssamling</p>", "Notater i dokumentet",
                "href=\"/dokumenter/" + ids.memo() + "\"");
        String memo = page(mvc, "/dokumenter/" + ids.memo());
        assertThat(memo).contains("<p class=\"kind\">Notat</p>", "<dt>Dato</dt><dd>1. september 2020</dd>",
                "<dt>Sags ID</dt><dd>SAG-2020-04198</dd>", "<dt>Dok. ID</dt><dd>2990001</dd>",
                "KKR Syddanmark skal udpege to medlemmer.")
                .doesNotContain("Indholdsfortegnelse");
    }

    @Test
    void documentPageMarksEachMentionInTheEscapedTextAndListsTotalsThatDoNotAddUp() throws Exception {
        ArchiveFixture.Mentions m = ids.mentions();
        String html = page(mvc, "/dokumenter/" + ids.agenda());
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
        assertThat(html).contains(ArchiveFixture.RAW_HTML_ESCAPED).doesNotContain(ArchiveFixture.RAW_HTML);
        assertThat(page(mvc, "/dokumenter/" + ids.memo())).contains("<mark id=\"m-" + m.memoOdense() + "\"")
                .doesNotContain("Tabellernes sumrækker");
    }
}
