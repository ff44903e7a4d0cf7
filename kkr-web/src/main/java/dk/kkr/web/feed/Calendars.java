package dk.kkr.web.feed;

import dk.kkr.core.text.Messages;
import dk.kkr.store.oparl.OparlReader.Deadline;
import dk.kkr.store.read.MeetingSummary;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import java.net.URI;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.List;

/**
 * The iCalendars to subscribe to. Every event has a stable UID (what it is, its id and the site's host) and
 * links to its page.
 */
final class Calendars {

    private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

    private Calendars() {
    }

    /**
     * A body's meetings: one event per meeting, starting at its time (in UTC) or, when the documents give
     * no time, lasting the whole day. The documents never say when a meeting ends, so the events have no end.
     */
    static String meetings(String bodyName, List<MeetingSummary> meetings, String site) {
        Calendar calendar = calendar(Messages.text("calendar.meetings", bodyName));
        for (MeetingSummary meeting : meetings) {
            Temporal start = meeting.time() == null ? meeting.date()
                    : meeting.date().atTime(meeting.time()).atZone(DANISH_TIME).toInstant();
            VEvent event = event(start, Messages.text("calendar.meeting", bodyName), "moede-" + meeting.id(), site,
                    site + "/moeder/" + meeting.id());
            if (meeting.location() != null) {
                event.add(new Location(meeting.location()));
            }
            event.add(new Description(Messages.text("calendar.items", meeting.itemCount())));
            calendar.add(event);
        }
        return calendar.toString();
    }

    /** The deadlines of the items that name a municipality: one all-day event on the day each falls due. */
    static String deadlines(String municipalityName, List<Deadline> deadlines, String site) {
        Calendar calendar = calendar("Frister for " + municipalityName);
        for (Deadline deadline : deadlines) {
            VEvent event = event(deadline.due(), "Frist: " + deadline.itemNumber() + " " + deadline.itemTitle(),
                    "frist-" + deadline.id(), site, site + "/punkter/" + deadline.itemId());
            event.add(new Description(deadline.text()));
            calendar.add(event);
        }
        return calendar.toString();
    }

    private static Calendar calendar(String name) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//KKR Platform//" + name + "//DA"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        return calendar;
    }

    private static VEvent event(Temporal start, String summary, String uid, String site, String page) {
        VEvent event = new VEvent(start, summary);
        event.add(new Uid(uid + "@" + URI.create(site).getHost()));
        event.add(new Url(URI.create(page)));
        return event;
    }
}
