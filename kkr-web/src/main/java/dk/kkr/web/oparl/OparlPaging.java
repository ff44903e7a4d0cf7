package dk.kkr.web.oparl;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.kkr.core.text.Messages;
import dk.kkr.store.oparl.OparlReader.Slice;
import dk.kkr.store.oparl.OparlReader.Stamp;
import dk.kkr.store.oparl.OparlReader.TimeFilter;
import dk.kkr.store.oparl.OparlReader.Window;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One page of an OParl list as the specification shapes it: {@code data}, {@code pagination}
 * (totalElements, elementsPerPage, currentPage, totalPages) and {@code links} (first, prev, next, last),
 * the links keeping the request's filters. Pages count from 1 ({@code page}); {@code limit} asks for a page
 * size up to {@value #MAX_LIMIT} (default {@value #DEFAULT_LIMIT}); the filters {@code created_since},
 * {@code created_until}, {@code modified_since} and {@code modified_until} take ISO 8601 date-times.
 */
final class OparlPaging {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;

    private final String listUrl;
    private final Map<String, String> params;
    private final TimeFilter filter;
    private final int page;
    private final int limit;

    OparlPaging(String listUrl, Map<String, String> params) {
        this.listUrl = listUrl;
        this.params = params;
        this.filter = new TimeFilter(time("created_since"), time("created_until"),
                time("modified_since"), time("modified_until"));
        this.page = number("page", 1, 1, Integer.MAX_VALUE);
        this.limit = number("limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
    }

    Window window() {
        return new Window(filter, (int) Math.min(Integer.MAX_VALUE, (long) (page - 1) * limit), limit);
    }

    /** A page read from the database, each row made an object. */
    <T> ObjectNode page(ObjectMapper json, Slice<T> slice, Function<T, ObjectNode> object) {
        ObjectNode list = json.createObjectNode();
        ArrayNode data = list.putArray("data");
        slice.rows().forEach(row -> data.add(object.apply(row)));
        long totalPages = Math.max(1, (slice.total() + limit - 1) / limit);
        ObjectNode pagination = list.putObject("pagination");
        pagination.put("totalElements", slice.total());
        pagination.put("elementsPerPage", limit);
        pagination.put("currentPage", page);
        pagination.put("totalPages", totalPages);
        ObjectNode links = list.putObject("links");
        links.put("first", link(1));
        if (page > 1) {
            links.put("prev", link(Math.min(page - 1, totalPages)));
        }
        if (page < totalPages) {
            links.put("next", link(page + 1));
        }
        links.put("last", link(totalPages));
        return list;
    }

    /** A page of a list held in memory: the objects with their stamps, filtered here. */
    <T> ObjectNode page(ObjectMapper json, List<T> all, Function<T, Stamp> stamp, Function<T, ObjectNode> object) {
        List<T> kept = all.stream().filter(item -> matches(stamp.apply(item))).toList();
        Window window = window();
        List<T> rows = kept.subList(Math.min(window.offset(), kept.size()),
                Math.min(window.offset() + window.limit(), kept.size()));
        return page(json, new Slice<>(rows, kept.size()), object);
    }

    /** Whether an object with these times passes the filters; one without times passes only when there are none. */
    private boolean matches(Stamp stamp) {
        return within(stamp.created(), filter.createdSince(), filter.createdUntil())
                && within(stamp.modified(), filter.modifiedSince(), filter.modifiedUntil());
    }

    private static boolean within(OffsetDateTime time, OffsetDateTime since, OffsetDateTime until) {
        if (since == null && until == null) {
            return true;
        }
        return time != null && (since == null || !time.isBefore(since)) && (until == null || !time.isAfter(until));
    }

    private String link(long toPage) {
        UriComponentsBuilder link = UriComponentsBuilder.fromUriString(listUrl);
        params.forEach((name, value) -> {
            if (!name.equals("page")) {
                link.queryParam(URLEncoder.encode(name, StandardCharsets.UTF_8),
                        URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return link.queryParam("page", toPage).build(true).toUriString();
    }

    private OffsetDateTime time(String name) {
        String value = params.get(name);
        if (value == null) {
            return null;
        }
        try {
            // an unencoded "+01:00" arrives as " 01:00"
            return OffsetDateTime.parse(value.replace(' ', '+'));
        } catch (DateTimeParseException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, Messages.text("badRequest.instant", name));
        }
    }

    private int number(String name, int fallback, int min, int max) {
        String value = params.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Math.clamp(Integer.parseInt(value), min, max);
        } catch (NumberFormatException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, Messages.text("badRequest.integer", name));
        }
    }
}
