package dk.kkr.web.feed;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import dk.kkr.web.TestServer;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The meeting calendar and the item feed of a KKR over the archive fixture, read back by ical4j and Rome. */
class FeedTest {

    private final TestServer server = TestServer.get();

    @Test
    void meetingCalendar() throws Exception {
        HttpResponse<String> response = server.get("/kalender/syddanmark.ics", "text/calendar");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/calendar"));
        Calendar calendar = new CalendarBuilder().build(new StringReader(response.body()));
        calendar.validate();
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(1);
        String event = events.getFirst().toString();
        assertThat(event).contains("DTSTART:20200907T080000Z", "SUMMARY:Møde i KKR Syddanmark",
                "LOCATION:Comwell Kolding", "UID:moede-" + server.ids.meeting() + "@localhost",
                "URL:" + server.url("/moeder/" + server.ids.meeting()));

        String withoutTime = server.get("/kalender/hovedstaden.ics", "text/calendar").body();
        assertThat(withoutTime).as("a meeting without a time lasts the day").contains("DTSTART;VALUE=DATE:20190304")
                .doesNotContain("LOCATION");
    }

    @Test
    void itemFeed() throws Exception {
        HttpResponse<String> response = server.get("/feeds/syddanmark.atom", "application/atom+xml");
        assertThat(response.statusCode()).isEqualTo(200);
        SyndFeed feed = new SyndFeedInput().build(new StringReader(response.body()));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getTitle()).isEqualTo("Nye punkter og beslutninger i KKR Syddanmark");
        List<SyndEntry> items = feed.getEntries().stream()
                .filter(e -> e.getCategories().getFirst().getName().equals("punkt")).toList();
        assertThat(items).hasSize(4);
        SyndEntry item21 = items.stream().filter(e -> e.getLink().endsWith("/punkter/" + server.ids.item21()))
                .findFirst().orElseThrow();
        assertThat(item21.getTitle()).isEqualTo("2.1 Udpegning til sundhedskoordinationsudvalget");
        assertThat(item21.getDescription().getValue()).startsWith("Møde 2020-09-07. ");
        assertThat(feed.getEntries()).filteredOn(e -> e.getCategories().getFirst().getName().equals("beslutning"))
                .singleElement().satisfies(decision -> {
                    assertThat(decision.getLink()).endsWith("/punkter/" + server.ids.item22());
                    assertThat(decision.getDescription().getValue()).endsWith("Taget til efterretning.");
                });
        assertThat(feed.getEntries()).extracting(SyndEntry::getUri).doesNotHaveDuplicates();
    }

    @Test
    void deadlineCalendarOfAMunicipality() throws Exception {
        HttpResponse<String> response = server.get("/kalender/kommuner/461.ics", "text/calendar");
        assertThat(response.statusCode()).isEqualTo(200);
        Calendar calendar = new CalendarBuilder().build(new StringReader(response.body()));
        calendar.validate();
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).singleElement().asString().contains("DTSTART;VALUE=DATE:20201001",
                "SUMMARY:Frist: 2.2 Status på akutfunktioner", "DESCRIPTION:senest 1. oktober 2020",
                "URL:" + server.url("/punkter/" + server.ids.item22()));
        String aarhus = server.get("/kalender/kommuner/751.ics", "text/calendar").body();
        assertThat(new CalendarBuilder().build(new StringReader(aarhus)).getComponents("VEVENT")).isEmpty();
    }

    @Test
    void itemFeedOfAMunicipality() throws Exception {
        HttpResponse<String> response = server.get("/feeds/kommuner/461.atom", "application/atom+xml");
        assertThat(response.statusCode()).isEqualTo(200);
        SyndFeed feed = new SyndFeedInput().build(new StringReader(response.body()));
        assertThat(feed.getTitle()).isEqualTo("Nye punkter og beslutninger om Odense");
        assertThat(feed.getEntries()).extracting(SyndEntry::getLink).containsExactlyInAnyOrder(
                server.url("/punkter/" + server.ids.item22()), server.url("/punkter/" + server.ids.item22()),
                server.url("/punkter/" + server.ids.oldItem()));
    }

    @Test
    void savedSearchFeedListsTheItemsTheSearchFinds() throws Exception {
        HttpResponse<String> response = server.get("/feeds/soeg.atom?q=sundhedskoordinationsudvalget", "application/atom+xml");
        assertThat(response.statusCode()).isEqualTo(200);
        SyndFeed feed = new SyndFeedInput().build(new StringReader(response.body()));
        assertThat(feed.getTitle()).isEqualTo("Nye punkter om »sundhedskoordinationsudvalget«");
        assertThat(feed.getEntries()).extracting(SyndEntry::getLink)
                .contains(server.url("/punkter/" + server.ids.item21()))
                .doesNotContain(server.url("/punkter/" + server.ids.item22()));
        String nothing = server.get("/feeds/soeg.atom?q=ingenting+her+overhovedet", "application/atom+xml").body();
        assertThat(new SyndFeedInput().build(new StringReader(nothing)).getEntries()).isEmpty();
    }

    @Test
    void unknownBodiesAreNotFound() {
        assertThat(server.get("/kalender/atlantis.ics", "text/calendar").statusCode()).isEqualTo(404);
        assertThat(server.get("/feeds/atlantis.atom", "application/atom+xml").statusCode()).isEqualTo(404);
        assertThat(server.get("/kalender/kommuner/999.ics", "text/calendar").statusCode()).isEqualTo(404);
        assertThat(server.get("/feeds/kommuner/999.atom", "application/atom+xml").statusCode()).isEqualTo(404);
    }
}
