package dk.kkr.web.feed;

import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * An Atom feed of agenda items as they arrive, and of the decisions among them: each item is one entry
 * (category "punkt", its recommendation as summary), and an item with a "Beslutning" section is a second
 * entry (category "beslutning", the decision as summary). Entry ids are stable tag URIs.
 */
final class ItemFeed {

    /** One item as the feed tells it; {@code decision} and {@code recommendation} may be null. */
    record Entry(long itemId, String number, String title, String meetingName, String recommendation,
                 String decision, OffsetDateTime imported) {
    }

    private ItemFeed() {
    }

    static String of(String title, String selfUrl, String site, List<Entry> items) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle(xmlText(title));
        feed.setUri(selfUrl);
        feed.setAuthor("KKR Platform");
        feed.setLanguage("da");
        SyndLinkImpl self = new SyndLinkImpl();
        self.setRel("self");
        self.setHref(selfUrl);
        SyndLinkImpl home = new SyndLinkImpl();
        home.setRel("alternate");
        home.setHref(site + "/");
        feed.setLinks(List.of(self, home));
        feed.setPublishedDate(items.isEmpty() ? new Date(0) : Date.from(items.getFirst().imported().toInstant()));
        String host = URI.create(site).getHost();
        List<SyndEntry> entries = new ArrayList<>();
        for (Entry item : items) {
            String heading = item.number() + " " + item.title();
            entries.add(entry("tag:" + host + ",2025:punkt-" + item.itemId(), heading, "punkt",
                    item.meetingName(), item.recommendation(), item, site));
            if (item.decision() != null) {
                entries.add(entry("tag:" + host + ",2025:beslutning-" + item.itemId(), "Beslutning: " + heading,
                        "beslutning", item.meetingName(), item.decision(), item, site));
            }
        }
        feed.setEntries(entries);
        try {
            return new SyndFeedOutput().outputString(feed);
        } catch (FeedException e) {
            throw new IllegalStateException("Atom feed could not be written", e);
        }
    }

    /**
     * The text without the characters XML cannot hold (NUL and the other control characters but tab and line
     * breaks, lone surrogates), which a query or a PDF's text may carry.
     */
    static String xmlText(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF
                || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static SyndEntry entry(String id, String title, String category, String meetingName, String summary,
                                   Entry item, String site) {
        SyndEntry entry = new SyndEntryImpl();
        entry.setUri(id);
        entry.setTitle(xmlText(title));
        entry.setLink(site + "/punkter/" + item.itemId());
        Date imported = Date.from(item.imported().toInstant());
        entry.setPublishedDate(imported);
        entry.setUpdatedDate(imported);
        SyndCategoryImpl kind = new SyndCategoryImpl();
        kind.setName(category);
        entry.setCategories(List.of(kind));
        String text = (meetingName == null ? "" : meetingName + ". ") + (summary == null ? "" : summary);
        if (!text.isBlank()) {
            SyndContentImpl content = new SyndContentImpl();
            content.setType("text");
            content.setValue(xmlText(text));
            entry.setDescription(content);
        }
        return entry;
    }
}
