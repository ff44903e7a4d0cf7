package dk.kkr.search;

import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchQuery}: how many units match, one page of hits, the facet counts over all
 * matching units (filters applied), {@code approximate} when the total and the facet counts are estimated
 * from a sample of a large result (see {@link SearchService}), a "Mente du …?" suggestion when the query finds few units and has words the index
 * does not know but a near spelling it does (null otherwise), and {@code partial} when no unit matched all the
 * query's words and the hits are those that match most of them.
 */
public record SearchResult(SearchQuery query, long total, List<Hit> hits, Map<Facet, List<FacetCount>> facets,
                           boolean approximate, String suggestion, boolean partial) {

    public SearchResult {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }
}
