package dk.kkr.web.meeting;

import dk.kkr.store.read.ArchiveFixture;
import dk.kkr.web.WebSlice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static dk.kkr.web.WebSlice.Pages.page;
import static org.assertj.core.api.Assertions.assertThat;

/** The meeting page, in the web slice: header, documents and the items nested by number. */
@WebSlice(MeetingController.class)
class MeetingControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ArchiveFixture.Ids ids;

    @Test
    void meetingPageShowsHeaderAndItemsNestedInOrder() throws Exception {
        String html = page(mvc, "/moeder/" + ids.meeting());
        assertThat(html).contains("KKR Syddanmark – møde 7. september 2020", "<dt>Tid</dt><dd>kl. 10:00</dd>",
                "<dt>Sted</dt><dd>Comwell Kolding</dd>", "Punkter – Dagsorden", "SAG-2020-04197 (nihj)",
                "aria-label=\"Brødkrumme\"", "Bilagssamling");
        assertThat(html).containsSubsequence("/punkter/" + ids.item1(), "Godkendelse af dagsorden",
                "/punkter/" + ids.item2(), "Sundhedsområdet",
                "<ol class=\"items\">", "/punkter/" + ids.item21(), "/punkter/" + ids.item22(), "</ol>");
    }
}
