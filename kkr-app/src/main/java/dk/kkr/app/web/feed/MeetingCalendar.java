package dk.kkr.app.web.feed;

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
 * A body's meetings as an iCalendar: one event per meeting, starting at its time (in UTC) or, when the
 * documents give no time, lasting the whole day. The documents never say when a meeting ends, so the
 * events have no end. Each event's UID is stable (the meeting's id and the site's host) and its URL is the
 * meeting's page.
 */
final class MeetingCalendar {

    private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

    private MeetingCalendar() {
    }

    static String of(String bodyName, List<MeetingSummary> meetings, String site) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//KKR Platform//Møder i " + bodyName + "//DA"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        String host = URI.create(site).getHost();
        for (MeetingSummary meeting : meetings) {
            Temporal start = meeting.time() == null ? meeting.date()
                    : meeting.date().atTime(meeting.time()).atZone(DANISH_TIME).toInstant();
            VEvent event = new VEvent(start, "Møde i " + bodyName);
            event.add(new Uid("moede-" + meeting.id() + "@" + host));
            if (meeting.location() != null) {
                event.add(new Location(meeting.location()));
            }
            event.add(new Description(meeting.itemCount() + " punkter på dagsordenen"));
            event.add(new Url(URI.create(site + "/moeder/" + meeting.id())));
            calendar.add(event);
        }
        return calendar.toString();
    }
}
