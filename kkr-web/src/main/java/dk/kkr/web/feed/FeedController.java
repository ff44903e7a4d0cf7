package dk.kkr.web.feed;

import dk.kkr.core.text.Messages;
import dk.kkr.web.NotFound;
import dk.kkr.web.SiteUrl;
import dk.kkr.service.search.SearchParams;
import dk.kkr.core.danish.Municipality;
import dk.kkr.core.danish.ReferenceData;
import dk.kkr.store.oparl.OparlReader;
import dk.kkr.store.oparl.OparlReader.Item;
import dk.kkr.store.oparl.OparlReader.Section;
import dk.kkr.store.read.ArchiveReader;
import dk.kkr.store.read.BodyView;
import dk.kkr.search.Hit;
import dk.kkr.search.SearchResult;
import dk.kkr.search.InvalidQueryException;
import dk.kkr.search.SearchService;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Calendars and feeds to subscribe to. Per KKR (by its slug): {@code /kalender/{slug}.ics}, its meetings as
 * iCalendar, and {@code /feeds/{slug}.atom}, its newest items and decisions as Atom. Per municipality (by its
 * code): {@code /kalender/kommuner/{code}.ics}, the deadlines in items that name it, and
 * {@code /feeds/kommuner/{code}.atom}, the newest items that name it and their decisions. A saved search:
 * {@code /feeds/soeg.atom} with the search page's parameters, the newest items it finds.
 */
@RestController
class FeedController {

    private static final int MAX_MEETINGS = 500;
    private static final int FEED_ITEMS = 50;

    private final ArchiveReader archive;
    private final OparlReader items;
    private final SearchService search;
    private final SiteUrl siteUrl;

    FeedController(ArchiveReader archive, OparlReader items, SearchService search, SiteUrl siteUrl) {
        this.siteUrl = siteUrl;
        this.archive = archive;
        this.items = items;
        this.search = search;
    }

    @GetMapping("/kalender/{slug:[a-z-]+}.ics")
    ResponseEntity<String> meetings(@PathVariable String slug) {
        BodyView body = body(slug);
        return ResponseEntity.ok().header("Content-Type", "text/calendar;charset=UTF-8")
                .body(Calendars.meetings(body.name(), archive.latestMeetings(slug, MAX_MEETINGS), siteUrl.root()));
    }

    @GetMapping("/feeds/{slug:[a-z-]+}.atom")
    ResponseEntity<String> items(@PathVariable String slug) {
        BodyView body = body(slug);
        List<ItemFeed.Entry> entries = items.latestItems(body.id(), FEED_ITEMS).stream().map(this::entry).toList();
        String site = siteUrl.root();
        return ResponseEntity.ok().header("Content-Type", "application/atom+xml;charset=UTF-8")
                .body(ItemFeed.of(Messages.text("feed.body", body.name()), site + "/feeds/" + slug + ".atom",
                        site, entries));
    }

    @GetMapping("/kalender/kommuner/{code:\\d+}.ics")
    ResponseEntity<String> deadlines(@PathVariable int code) {
        Municipality municipality = municipality(code);
        return ResponseEntity.ok().header("Content-Type", "text/calendar;charset=UTF-8")
                .body(Calendars.deadlines(municipality.name(), items.deadlinesNaming(code), siteUrl.root()));
    }

    @GetMapping("/feeds/kommuner/{code:\\d+}.atom")
    ResponseEntity<String> itemsNaming(@PathVariable int code) {
        Municipality municipality = municipality(code);
        List<ItemFeed.Entry> entries = items.latestItemsNaming(code, FEED_ITEMS).stream().map(this::entry).toList();
        String site = siteUrl.root();
        return ResponseEntity.ok().header("Content-Type", "application/atom+xml;charset=UTF-8")
                .body(ItemFeed.of(Messages.text("feed.municipality", municipality.name()),
                        site + "/feeds/kommuner/" + code + ".atom", site, entries));
    }

    @GetMapping("/feeds/soeg.atom")
    ResponseEntity<String> savedSearch(@RequestParam(required = false) String q,
                                       @RequestParam(required = false) List<String> kkr,
                                       @RequestParam(required = false) List<String> aar,
                                       @RequestParam(required = false) List<String> art,
                                       @RequestParam(required = false) List<String> kommune,
                                       @RequestParam(required = false) List<String> sag,
                                       HttpServletRequest request) {
        SearchParams params = SearchParams.of(q, kkr, aar, art, kommune, sag, "nyeste", 1, FEED_ITEMS);
        SearchResult result = search.search(params.toQuery());
        // a saved search feeds what matches every word; the page's "most of them" would only be noise here
        List<ItemFeed.Entry> entries = result.partial() ? List.of() : result.hits().stream()
                .map(Hit::itemId).filter(Objects::nonNull)
                .map(items::item).flatMap(Optional::stream)
                .map(this::entry).toList();
        String site = siteUrl.root();
        String self = site + "/feeds/soeg.atom" + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        String title = q == null || q.isBlank() ? Messages.text("feed.search") : Messages.text("feed.searchFor", q.strip());
        return ResponseEntity.ok().header("Content-Type", "application/atom+xml;charset=UTF-8")
                .body(ItemFeed.of(title, self, site, entries));
    }

    private ItemFeed.Entry entry(Item item) {
        List<Section> sections = items.sections(item.id());
        String meetingName = item.meetingId() == null ? null
                : items.meeting(item.meetingId()).map(m -> Messages.text("feed.meeting", m.date().toString())).orElse(null);
        return new ItemFeed.Entry(item.id(), item.number(), item.title(), meetingName,
                section(sections, dk.kkr.core.model.Section.RECOMMENDATION),
                section(sections, dk.kkr.core.model.Section.DECISION), item.stamp().created());
    }

    private static String section(List<Section> sections, String heading) {
        return sections.stream().filter(s -> s.heading().equals(heading)).map(Section::text).findFirst().orElse(null);
    }

    private static Municipality municipality(int code) {
        return ReferenceData.municipalities().stream().filter(m -> m.code() == code).findFirst()
                .orElseThrow(() -> NotFound.of("notFound.municipality", code));
    }

    private BodyView body(String slug) {
        return archive.bodies().stream().filter(b -> b.slug().equals(slug)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, Messages.text("notFound.kkr", slug)));
    }


    /** A refused query in a saved search's feed: 400 with the Danish reason. */
    @ExceptionHandler(InvalidQueryException.class)
    ResponseEntity<String> refused(InvalidQueryException e) {
        return ResponseEntity.badRequest().header("Content-Type", "text/plain;charset=UTF-8").body(e.getMessage());
    }
}
