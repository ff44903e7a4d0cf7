package dk.kkr.web.home;

import dk.kkr.store.read.ArchiveFixture;
import dk.kkr.web.WebSlice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static dk.kkr.web.WebSlice.Pages.page;
import static org.assertj.core.api.Assertions.assertThat;

/** The front page, in the web slice: the five KKRs, the latest meetings and documents. */
@WebSlice(HomeController.class)
class HomeControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ArchiveFixture.Ids ids;

    @Test
    void frontPageListsTheFiveKkrsAndTheLatestMeetings() throws Exception {
        String html = page(mvc, "/");
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
    void frontPageCanShowOneKkr() throws Exception {
        String html = page(mvc, "/?kkr=hovedstaden");
        assertThat(html).contains("Seneste møder i KKR Hovedstaden", "4. marts 2019", "Vis møder i alle KKR&#39;er")
                .doesNotContain("7. september 2020");
    }
}
