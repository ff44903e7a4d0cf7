package dk.kkr.service.search;

import dk.kkr.core.model.DocumentKind;
import dk.kkr.core.danish.KkrBody;
import dk.kkr.core.danish.ReferenceData;
import dk.kkr.search.Facet;
import dk.kkr.search.SearchQuery;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A search as the web page, /api/search and {@code kkr search} take it: the text {@code q}, filters
 * ({@code kkr} a KKR's slug, {@code aar} a year, {@code art} a document kind in lower case, {@code kommune}
 * a municipality's name, {@code sag} a case id; each may be repeated: any of the values), {@code sort}
 * (relevans, nyeste, aeldste) and the page {@code side} (from 1, at most so far that it starts within the first
 * {@value #MAX_OFFSET} hits). It turns into a {@link SearchQuery} and
 * makes the links that change one thing: a filter value added or removed, another sort, another page.
 * Immutable.
 */
public record SearchParams(String q, Map<Facet, List<String>> filters, String sort, int side, int limit) {

    public static final int PAGE_SIZE = 10;
    public static final int MAX_LIMIT = 100;
    /** Hits further down than this are not paged to (a later page shows the last one there is). */
    public static final int MAX_OFFSET = 10_000;
    private static final Map<String, SearchQuery.Sort> SORTS = Map.of(
            "relevans", SearchQuery.Sort.RELEVANCE, "nyeste", SearchQuery.Sort.NEWEST,
            "aeldste", SearchQuery.Sort.OLDEST);

    public SearchParams {
        q = q == null ? "" : q.strip();
        Map<Facet, List<String>> copy = new EnumMap<>(Facet.class);
        filters.forEach((facet, values) -> {
            List<String> kept = values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip)
                    .distinct().toList();
            if (!kept.isEmpty()) {
                copy.put(facet, kept);
            }
        });
        filters = Map.copyOf(copy);
        sort = sort != null && SORTS.containsKey(sort) ? sort : "relevans";
        limit = Math.clamp(limit, 1, MAX_LIMIT);
        side = Math.clamp(side, 1, MAX_OFFSET / limit + 1);
    }

    /** The name of a facet's parameter. */
    public static String parameter(Facet facet) {
        return switch (facet) {
            case BODY -> "kkr";
            case YEAR -> "aar";
            case KIND -> "art";
            case MUNICIPALITY -> "kommune";
            case CASE -> "sag";
        };
    }

    public static SearchParams of(String q, List<String> kkr, List<String> aar, List<String> art,
                                  List<String> kommune, List<String> sag, String sort, int side, int limit) {
        Map<Facet, List<String>> filters = new EnumMap<>(Facet.class);
        filters.put(Facet.BODY, orEmpty(kkr));
        filters.put(Facet.YEAR, orEmpty(aar));
        filters.put(Facet.KIND, orEmpty(art).stream().map(a -> a.toLowerCase(Locale.ROOT)).toList());
        filters.put(Facet.MUNICIPALITY, orEmpty(kommune));
        filters.put(Facet.CASE, orEmpty(sag));
        return new SearchParams(q, filters, sort, side, limit);
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }

    public SearchQuery toQuery() {
        SearchQuery query = SearchQuery.of(q).sortedBy(SORTS.get(sort)).page((side - 1) * limit, limit);
        for (Map.Entry<Facet, List<String>> filter : filters.entrySet()) {
            for (String value : filter.getValue()) {
                query = query.filter(filter.getKey(), indexValue(filter.getKey(), value));
            }
        }
        return query;
    }

    /** A parameter value as the index holds it: a slug as the KKR's name, a kind as the enum's name. */
    static String indexValue(Facet facet, String value) {
        return switch (facet) {
            case BODY -> ReferenceData.bodies().stream().filter(b -> b.slug().equals(value)).findFirst()
                    .map(KkrBody::name).orElse(value);
            case KIND -> value.toUpperCase(Locale.ROOT);
            default -> value;
        };
    }

    /** A facet value from the index as a parameter value: the inverse of {@link #indexValue}. */
    static String parameterValue(Facet facet, String indexed) {
        return switch (facet) {
            case BODY -> ReferenceData.body(indexed).map(KkrBody::slug).orElse(indexed);
            case KIND -> indexed.toLowerCase(Locale.ROOT);
            default -> indexed;
        };
    }

    public boolean isSelected(Facet facet, String value) {
        return filters.getOrDefault(facet, List.of()).contains(value);
    }

    /** The same search with this filter value added, or removed if it is there; back on page 1. */
    public SearchParams toggled(Facet facet, String value) {
        Map<Facet, List<String>> changed = new EnumMap<>(Facet.class);
        changed.putAll(filters);
        List<String> values = new ArrayList<>(filters.getOrDefault(facet, List.of()));
        if (!values.remove(value)) {
            values.add(value);
        }
        changed.put(facet, values);
        return new SearchParams(q, changed, sort, 1, limit);
    }

    public SearchParams sortedBy(String newSort) {
        return new SearchParams(q, filters, newSort, 1, limit);
    }

    public SearchParams page(int newSide) {
        return new SearchParams(q, filters, sort, newSide, limit);
    }

    public SearchParams withText(String text) {
        return new SearchParams(text, filters, sort, 1, limit);
    }

    /** The link to this search on {@code path} ("/soeg", "/api/search"), without defaults. */
    public String url(String path) {
        List<String> query = new ArrayList<>();
        if (!q.isEmpty()) {
            query.add("q=" + encode(q));
        }
        for (Facet facet : Facet.values()) {
            for (String value : filters.getOrDefault(facet, List.of())) {
                query.add(parameter(facet) + "=" + encode(value));
            }
        }
        if (!sort.equals("relevans")) {
            query.add("sort=" + encode(sort));
        }
        if (side > 1) {
            query.add("side=" + side);
        }
        if (limit != PAGE_SIZE) {
            query.add("limit=" + limit);
        }
        return query.isEmpty() ? path : path + "?" + String.join("&", query);
    }

    /**
     * A query parameter's value percent-encoded as UTF-8, leaving what RFC 3986 allows in a query as it is
     * (letters, digits, {@code -._~!$'()*+,;:@/?}) but for {@code =} and {@code &}, which would split it.
     */
    private static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~!$'()*+,;:@/?".indexOf(c) >= 0)) {
                out.append(c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
            }
        }
        return out.toString();
    }
}
