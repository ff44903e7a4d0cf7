package dk.kkr.service.search;

import dk.kkr.service.DanishFormat;
import dk.kkr.core.model.DocumentKind;
import dk.kkr.search.Facet;
import dk.kkr.search.FacetCount;
import dk.kkr.search.Hit;
import dk.kkr.search.SearchResult;
import dk.kkr.search.Snippet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One page of search results as the web page shows it and /api/search and {@code kkr search --json}
 * print it: ranked hits with the link to the item or passage, highlighted snippets (HTML, escaped, matches
 * in {@code <mark>}), facets by parameter name with counts and the link that adds or removes the value,
 * the "Mente du …?" suggestion with its link, and the links to the other sorts and pages. {@code approximate}:
 * the total and the counts are estimated from a sample (a large result in a large archive). {@code partial}: no
 * unit matched every word, and the hits match most of them.
 */
public record SearchView(String q, long total, int side, int pages, String sort, List<HitView> hits,
                         Map<String, List<FacetView>> facets, boolean approximate, String suggestion,
                         String suggestionUrl, Map<String, String> sortUrls, String previousUrl, String nextUrl,
                         boolean partial) {

    /** A hit: {@code document} is the source file's name; {@code date} the meeting (or letter) date. */
    public record HitView(int rank, String key, String url, Long itemId, long documentId, String number,
                          String title, LocalDate date, String body, String kind, String caseId, String document,
                          List<SnippetView> snippets) {
    }

    /** A passage: {@code section} its heading (null: the title or a document's text), {@code url} where it stands. */
    public record SnippetView(String section, String html, String url) {
    }

    /** A facet value: {@code value} as the parameter takes it, {@code label} as shown, {@code url} toggles it. */
    public record FacetView(String value, String label, long count, boolean selected, String url) {
    }

    /** The view of a result; links lead to {@code path} ("/soeg" or "/api/search"). */
    public static SearchView of(SearchParams params, SearchResult result, String path, DanishFormat da) {
        List<HitView> hits = new ArrayList<>();
        int rank = result.query().offset();
        for (Hit hit : result.hits()) {
            hits.add(hit(++rank, hit));
        }
        Map<String, List<FacetView>> facets = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            List<FacetView> values = new ArrayList<>();
            for (FacetCount count : result.facets().getOrDefault(facet, List.of())) {
                String value = SearchParams.parameterValue(facet, count.value());
                String label = facet == Facet.KIND ? da.kind(DocumentKind.valueOf(count.value())) : count.value();
                values.add(new FacetView(value, label, count.count(),
                        params.isSelected(facet, value), params.toggled(facet, value).url(path)));
            }
            facets.put(SearchParams.parameter(facet), values);
        }
        int pages = (int) Math.min(Integer.MAX_VALUE, (result.total() + params.limit() - 1) / params.limit());
        Map<String, String> sortUrls = new LinkedHashMap<>();
        for (String sort : List.of("relevans", "nyeste", "aeldste")) {
            sortUrls.put(sort, params.sortedBy(sort).url(path));
        }
        return new SearchView(params.q(), result.total(), params.side(), pages, params.sort(), hits, facets,
                result.approximate(), result.suggestion(),
                result.suggestion() == null ? null : params.withText(result.suggestion()).url(path), sortUrls,
                params.side() > 1 ? params.page(params.side() - 1).url(path) : null,
                params.side() < pages ? params.page(params.side() + 1).url(path) : null, result.partial());
    }

    private static HitView hit(int rank, Hit hit) {
        String url = hit.itemId() != null ? "/punkter/" + hit.itemId() : "/dokumenter/" + hit.documentId();
        List<SnippetView> snippets = hit.snippets().stream()
                .map(s -> new SnippetView(s.section(), s.html(), passageUrl(hit, s, url))).toList();
        return new HitView(rank, hit.key(), url, hit.itemId(), hit.documentId(), hit.number(), hit.title(),
                hit.date(), hit.body(), hit.kind().name().toLowerCase(java.util.Locale.ROOT), hit.caseId(),
                hit.sourceFile(), snippets);
    }

    /** An item's section on the item page (afsnit-N); a document's text on the document page. */
    private static String passageUrl(Hit hit, Snippet snippet, String url) {
        if (hit.itemId() == null) {
            return url + "#tekst";
        }
        return snippet.section() != null ? url + "#afsnit-" + snippet.sectionIndex() : url;
    }
}
