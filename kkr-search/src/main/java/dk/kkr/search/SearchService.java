package dk.kkr.search;

import dk.kkr.core.model.DocumentKind;
import dk.kkr.core.model.Span;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.TopDocs;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Searches the {@link ArchiveIndex}: parses the query (Lucene's classic syntax over title, text and the
 * exact field, default operator AND; a query that does not parse is searched as plain words), applies the
 * facet filters, sorts, counts the facets over all matching units, highlights the passages of the page's
 * hits and proposes a "Mente du …?" spelling. Thread-safe.
 */
public final class SearchService {

    /** Title words weigh more than words in the sections; an exact id match more than either. */
    private static final Map<String, Float> BOOSTS = Map.of(
            IndexDocuments.TITLE, 2.0f, IndexDocuments.TEXT, 1.0f, IndexDocuments.EXACT, 2.0f);
    private static final String[] FIELDS = {IndexDocuments.TITLE, IndexDocuments.TEXT, IndexDocuments.EXACT};
    private static final int SNIPPETS_PER_HIT = 2;

    private final ArchiveIndex index;
    private final Suggester suggester = new Suggester();

    public SearchService(ArchiveIndex index) {
        this.index = index;
    }

    public SearchResult search(SearchQuery query) {
        Query parsed = parse(query.text());
        Query filtered = filter(parsed, query.filters());
        return index.withView(view -> {
            IndexSearcher searcher = view.searcher();
            int wanted = query.offset() + query.limit();
            FacetsCollectorManager.FacetsResult found = query.sort() == SearchQuery.Sort.RELEVANCE
                    ? FacetsCollectorManager.search(searcher, filtered, wanted, new FacetsCollectorManager())
                    : FacetsCollectorManager.search(searcher, filtered, wanted, sort(query.sort()),
                    new FacetsCollectorManager());
            TopDocs top = found.topDocs();
            List<Hit> hits = hits(searcher, parsed, top, query.offset());
            Map<Facet, List<FacetCount>> facets = view.facets() == null || query.facetValues() == 0 ? Map.of()
                    : facets(view, found.facetsCollector(), query.facetValues());
            String suggestion = query.text().isEmpty() ? null
                    : suggester.suggest(query.text(), searcher.getIndexReader(), index.indexAnalyzer());
            return new SearchResult(query, top.totalHits.value(), hits, facets, suggestion);
        });
    }

    /** The user's text as a Lucene query; an empty text matches all units. */
    Query parse(String text) {
        if (text.isEmpty()) {
            return new MatchAllDocsQuery();
        }
        MultiFieldQueryParser parser = new MultiFieldQueryParser(FIELDS, index.queryAnalyzer(), BOOSTS);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        parser.setSplitOnWhitespace(true);
        parser.setAutoGeneratePhraseQueries(true);
        try {
            return parser.parse(text);
        } catch (ParseException e) {
            try {
                return parser.parse(QueryParser.escape(text));
            } catch (ParseException impossible) {
                throw new IllegalStateException("an escaped query must parse: " + text, impossible);
            }
        }
    }

    private Query filter(Query query, Map<Facet, List<String>> filters) {
        if (filters.isEmpty()) {
            return query;
        }
        DrillDownQuery drillDown = new DrillDownQuery(index.facetsConfig(), query);
        filters.forEach((facet, values) -> values.forEach(value -> drillDown.add(facet.dimension(), value)));
        return drillDown;
    }

    private static Sort sort(SearchQuery.Sort order) {
        boolean newest = order == SearchQuery.Sort.NEWEST;
        SortField date = new SortField(IndexDocuments.DATE, SortField.Type.LONG, newest);
        date.setMissingValue(newest ? Long.MIN_VALUE : Long.MAX_VALUE);
        return new Sort(date, SortField.FIELD_SCORE);
    }

    private List<Hit> hits(IndexSearcher searcher, Query query, TopDocs top, int offset) throws IOException {
        ScoreDoc[] page = top.scoreDocs.length <= offset ? new ScoreDoc[0]
                : java.util.Arrays.copyOfRange(top.scoreDocs, offset, top.scoreDocs.length);
        int[] docIds = new int[page.length];
        for (int i = 0; i < page.length; i++) {
            docIds[i] = page[i].doc;
        }
        List<List<PassageHighlighter.RawPassage>> passages = page.length == 0 ? List.of()
                : new PassageHighlighter(searcher, index.indexAnalyzer())
                .passages(IndexDocuments.TEXT, query, docIds, SNIPPETS_PER_HIT);
        StoredFields stored = searcher.storedFields();
        List<Hit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            hits.add(hit(stored.document(docIds[i]), page[i].score, passages.get(i)));
        }
        return hits;
    }

    private static Hit hit(Document doc, float score, List<PassageHighlighter.RawPassage> passages) {
        String text = doc.get(IndexDocuments.TEXT);
        List<IndexDocuments.Part> parts = IndexDocuments.layout(doc.get(IndexDocuments.LAYOUT));
        List<Snippet> snippets = new ArrayList<>(passages.size());
        for (PassageHighlighter.RawPassage passage : passages) {
            snippets.add(snippet(text, parts, passage));
        }
        IndexableField itemId = doc.getField(IndexDocuments.ITEM_ID);
        IndexableField date = doc.getField(IndexDocuments.DATE);
        String[] span = doc.get(IndexDocuments.SPAN).split(",");
        return new Hit(doc.get(IndexDocuments.KEY), ItemDoc.Unit.valueOf(doc.get(IndexDocuments.UNIT)),
                itemId == null ? null : itemId.numericValue().longValue(),
                doc.getField(IndexDocuments.DOCUMENT_ID).numericValue().longValue(),
                doc.get(IndexDocuments.SOURCE), doc.get(IndexDocuments.NUMBER), doc.get(IndexDocuments.TITLE),
                doc.get(IndexDocuments.CASE), doc.get(IndexDocuments.BODY),
                date == null ? null : LocalDate.ofEpochDay(date.numericValue().longValue()),
                DocumentKind.valueOf(doc.get(IndexDocuments.KIND)),
                new Span(Integer.parseInt(span[0]), Integer.parseInt(span[1])), score, snippets);
    }

    /**
     * A passage cut to the part (title or section) that holds its first match, or where it begins if it has
     * none, its offsets made relative to that part.
     */
    private static Snippet snippet(String text, List<IndexDocuments.Part> parts,
                                   PassageHighlighter.RawPassage passage) {
        int anchor = passage.matchStarts().length > 0 ? passage.matchStarts()[0] : passage.start();
        int p = 0;
        while (p + 1 < parts.size() && parts.get(p + 1).textStart() <= anchor) {
            p++;
        }
        IndexDocuments.Part part = parts.get(p);
        int partEnd = p + 1 < parts.size()
                ? parts.get(p + 1).textStart() - IndexDocuments.PART_SEPARATOR.length() : text.length();
        int start = Math.max(passage.start(), part.textStart());
        int end = Math.min(passage.end(), partEnd);
        List<Span> matches = new ArrayList<>();
        for (int m = 0; m < passage.matchStarts().length; m++) {
            int ms = passage.matchStarts()[m];
            int me = Math.min(passage.matchEnds()[m], end);
            if (ms >= start && ms < end && (matches.isEmpty() || ms - start >= matches.getLast().end())) {
                matches.add(new Span(ms - start, me - start));
            }
        }
        return new Snippet(text.substring(start, end), matches,
                part.heading(), start - part.textStart(), end - part.textStart(), part.sourceSpan());
    }

    private static Map<Facet, List<FacetCount>> facets(ArchiveIndex.View view, FacetsCollector collector, int n)
            throws IOException {
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(view.facets(), collector);
        Map<Facet, List<FacetCount>> out = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            List<FacetCount> values = new ArrayList<>();
            try {
                FacetResult result = counts.getTopChildren(n, facet.dimension());
                if (result != null) {
                    for (LabelAndValue lv : result.labelValues) {
                        values.add(new FacetCount(lv.label, lv.value.longValue()));
                    }
                }
            } catch (IllegalArgumentException noSuchDimensionYet) {
                // no unit in the index has this facet at all
            }
            out.put(facet, values);
        }
        return out;
    }
}
