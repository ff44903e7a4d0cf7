package dk.kkr.search;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What to search for. {@code text} uses Lucene's classic query syntax: words (all must match), "phrases",
 * AND, OR, NOT, -word, parentheses; an empty text matches everything, to browse by filters. Filters keep
 * the hits that have one of the given values of each facet. Immutable; build it with the {@code with…}
 * methods: {@code SearchQuery.of("nøgle").filter(Facet.YEAR, "2020").sortedBy(Sort.NEWEST)}.
 */
public record SearchQuery(String text, Map<Facet, List<String>> filters, Sort sort, int offset, int limit,
                          int facetValues) {

    public static final int DEFAULT_LIMIT = 10;
    public static final int DEFAULT_FACET_VALUES = 10;

    public SearchQuery {
        text = text == null ? "" : text.strip();
        filters = filters.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
        if (offset < 0 || limit < 1 || facetValues < 0) {
            throw new IllegalArgumentException("offset ≥ 0, limit ≥ 1 and facetValues ≥ 0");
        }
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, Map.of(), Sort.RELEVANCE, 0, DEFAULT_LIMIT, DEFAULT_FACET_VALUES);
    }

    /** This query with one more allowed value for a facet. */
    public SearchQuery filter(Facet facet, String value) {
        Map<Facet, List<String>> more = new EnumMap<>(Facet.class);
        more.putAll(filters);
        more.merge(facet, List.of(value), (a, b) -> Stream.concat(a.stream(), b.stream()).toList());
        return new SearchQuery(text, more, sort, offset, limit, facetValues);
    }

    public SearchQuery sortedBy(Sort newSort) {
        return new SearchQuery(text, filters, newSort, offset, limit, facetValues);
    }

    public SearchQuery page(int newOffset, int newLimit) {
        return new SearchQuery(text, filters, sort, newOffset, newLimit, facetValues);
    }

    /** The order of the hits. */
    public enum Sort {
        RELEVANCE, NEWEST, OLDEST
    }
}
