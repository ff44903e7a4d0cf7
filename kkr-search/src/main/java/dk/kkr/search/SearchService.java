package dk.kkr.search;

import dk.kkr.core.model.DocumentKind;
import dk.kkr.core.model.Span;
import dk.kkr.core.text.Messages;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.Weight;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Searches the {@link ArchiveIndex}: parses the query (Lucene's classic syntax over the text and the exact
 * field, default operator AND; a query that does not parse is searched as plain words; one that would cost too much
 * is refused with a Danish sentence, {@link InvalidQueryException}), applies the facet
 * filters, sorts, and finds the page's hits the way a plain Lucene search does (skipping what cannot reach
 * the top). Only the page's hits are highlighted, and a "Mente du …?" spelling is looked for only when the
 * query finds fewer than {@value #SUGGEST_BELOW_HITS} units.
 *
 * <p>How many units match, and the facet counts, are exact when the search for the page saw every match
 * (fewer than about a thousand) or when the result is not much larger than a sample. Otherwise they are
 * estimated from a uniform random sample of the index: the units whose {@linkplain IndexDocuments#SAMPLE
 * sample bucket} is among the first few, as many buckets as should hold at least {@value #SAMPLED_MATCHES}
 * matches (up to twice as many), judged from Lucene's cheap upper bound of the match count (its cost).
 * The sample's matches, scaled up, give the total and the facet counts, marked approximate. Such counts
 * are off by a few per cent, and the work no longer grows with the size of the result. The case facet is
 * left out of an estimate: nearly every case has one or two items, so a sample cannot tell which cases
 * have the most. When the sample holds fewer than {@value #MIN_SAMPLED} matches, the result is small
 * enough to count exactly. Thread-safe.
 */
public final class SearchService {

    /** An exact id or number matches more than the same characters as words. */
    private static final Map<String, Float> BOOSTS = Map.of(IndexDocuments.TEXT, 1.0f, IndexDocuments.EXACT, 2.0f);
    private static final String[] FIELDS = {IndexDocuments.TEXT, IndexDocuments.EXACT};
    private static final int SNIPPETS_PER_HIT = 2;
    /** How many matches, at least, the sample a large result is estimated from should hold. */
    static final int SAMPLED_MATCHES = 1_000;
    /** A sample with fewer matches than this is too thin to estimate from: such results are counted exactly. */
    static final int MIN_SAMPLED = 100;
    /** "Mente du …?" is only looked for when the query finds fewer units than this. */
    static final int SUGGEST_BELOW_HITS = 5;

    private final ArchiveIndex index;
    private final int sampledMatches;
    private final Suggester suggester = new Suggester();

    /** The most words with wildcards, prefixes or fuzziness one search may hold (each is searched in every field). */
    static final int MAX_EXPANDING_TERMS = 10;
    static final int MAX_QUERY_LENGTH = 1000;
    private static final Set<String> OPERATOR_WORDS = Set.of("AND", "OR", "NOT");

    public SearchService(ArchiveIndex index) {
        this(index, SAMPLED_MATCHES);
    }

    /** A search that estimates from samples of about {@code sampledMatches} matches (tests vary it). */
    SearchService(ArchiveIndex index, int sampledMatches) {
        this.index = index;
        this.sampledMatches = sampledMatches;
    }

    /**
     * The units that match the query; when none matches all of its words (a query of plain words, two or more), the
     * units that match most of them — as many as any unit matches — marked {@code partial}.
     */
    public SearchResult search(SearchQuery query) {
        Query parsed = parse(query.text());
        return index.withView(view -> {
            IndexSearcher searcher = view.searcher();
            int wanted = query.offset() + query.limit();
            Query chosen = parsed;
            Query filtered = filter(parsed, query.filters());
            TopDocs top = top(searcher, filtered, wanted, query.sort());
            boolean partial = false;
            // only a search that found nothing is tried again with fewer of its words
            if (top.totalHits.value() == 0 && parsed instanceof BooleanQuery words && allRequired(words)) {
                for (int most = words.clauses().size() - 1; most >= 1 && !partial; most--) {
                    Query relaxed = most(words, most);
                    Query relaxedFiltered = filter(relaxed, query.filters());
                    TopDocs relaxedTop = top(searcher, relaxedFiltered, wanted, query.sort());
                    if (relaxedTop.totalHits.value() > 0) {
                        chosen = relaxed;
                        filtered = relaxedFiltered;
                        top = relaxedTop;
                        partial = true;
                    }
                }
            }
            List<Hit> hits = hits(searcher, chosen, top, query.offset());
            Counts counts = count(view, filtered, top.totalHits, query.facetValues());
            String suggestion = query.text().isEmpty() || counts.total() >= SUGGEST_BELOW_HITS ? null
                    : suggester.suggest(query.text(), searcher.getIndexReader(), index.indexAnalyzer());
            return new SearchResult(query, counts.total(), hits, counts.facets(), counts.approximate(), suggestion,
                    partial);
        });
    }

    /** The first {@code wanted} units that match, by relevance or in {@code sort}'s order. */
    private TopDocs top(IndexSearcher searcher, Query filtered, int wanted, SearchQuery.Sort sort) throws IOException {
        return sort == SearchQuery.Sort.RELEVANCE ? searcher.search(filtered, wanted)
                : searcher.search(filtered, wanted, sort(sort));
    }

    /** Whether a query is two or more words that must all match (plain words, the default operator). */
    private static boolean allRequired(BooleanQuery query) {
        return query.clauses().size() >= 2
                && query.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.MUST);
    }

    /** The query's words of which at least {@code most} must match. */
    private static Query most(BooleanQuery words, int most) {
        BooleanQuery.Builder relaxed = new BooleanQuery.Builder().setMinimumNumberShouldMatch(most);
        words.clauses().forEach(c -> relaxed.add(c.query(), BooleanClause.Occur.SHOULD));
        return relaxed.build();
    }

    private record Counts(long total, Map<Facet, List<FacetCount>> facets, boolean approximate) {
    }

    /** The number of matching units and, if {@code facetValues} > 0, the facet counts: see the class comment. */
    private Counts count(ArchiveIndex.View view, Query filtered, TotalHits seen, int facetValues) throws IOException {
        IndexSearcher searcher = view.searcher();
        boolean wantFacets = facetValues > 0 && view.facets() != null;
        boolean allSeen = seen.relation() == TotalHits.Relation.EQUAL_TO;
        if (allSeen && !wantFacets) {
            return new Counts(seen.value(), Map.of(), false);
        }
        int buckets = allSeen ? IndexDocuments.SAMPLE_BUCKETS : sampleBuckets(matchBound(searcher, filtered));
        if (buckets < IndexDocuments.SAMPLE_BUCKETS) {
            Query sample = new BooleanQuery.Builder()
                    .add(filtered, BooleanClause.Occur.FILTER)
                    .add(IntPoint.newRangeQuery(IndexDocuments.SAMPLE, 0, buckets - 1), BooleanClause.Occur.FILTER)
                    .build();
            FacetsCollector matching = wantFacets ? searcher.search(sample, new FacetsCollectorManager()) : null;
            long sampled = wantFacets ? matchCount(matching) : searcher.count(sample);
            if (sampled >= MIN_SAMPLED) {
                double scale = (double) IndexDocuments.SAMPLE_BUCKETS / buckets;
                return new Counts(Math.round(sampled * scale),
                        wantFacets ? facets(view, matching, facetValues, scale) : Map.of(), true);
            }
        }
        if (!wantFacets) {
            return new Counts(searcher.count(filtered), Map.of(), false);
        }
        FacetsCollector matching = searcher.search(filtered, new FacetsCollectorManager());
        return new Counts(matchCount(matching), facets(view, matching, facetValues, 1), false);
    }

    /**
     * How many of the {@value IndexDocuments#SAMPLE_BUCKETS} sample buckets should hold the wanted matches:
     * a power of two, so that the few sample filters there are get cached by Lucene's query cache.
     */
    private int sampleBuckets(long matchBound) {
        long needed = ((long) sampledMatches * IndexDocuments.SAMPLE_BUCKETS + matchBound - 1) / Math.max(1, matchBound);
        int buckets = 1;
        while (buckets < needed && buckets < IndexDocuments.SAMPLE_BUCKETS) {
            buckets *= 2;
        }
        return buckets;
    }

    /** At least as many units as match the query, without finding them: the sum of its scorers' costs. */
    private static long matchBound(IndexSearcher searcher, Query query) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1);
        long bound = 0;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            ScorerSupplier scorers = weight.scorerSupplier(leaf);
            if (scorers != null) {
                bound += scorers.cost();
            }
        }
        return bound;
    }

    private static long matchCount(FacetsCollector matching) {
        return matching.getMatchingDocs().stream().mapToLong(FacetsCollector.MatchingDocs::totalHits).sum();
    }

    /**
     * The user's text as a Lucene query; an empty text matches all units, a text of no searchable words none.
     * A text that does not parse as query syntax ("AND" alone, "a AND", an open quote) is searched as plain
     * words: its special characters escaped and the operator words taken as words. A query that would expand
     * to more than {@value #MAX_EXPANDING_TERMS} words with wildcards, prefixes or fuzziness, or is longer than
     * {@value #MAX_QUERY_LENGTH} characters, is refused ({@link InvalidQueryException}).
     */
    Query parse(String text) {
        if (text.isEmpty()) {
            return new MatchAllDocsQuery();
        }
        if (text.length() > MAX_QUERY_LENGTH) {
            throw new InvalidQueryException(Messages.text("search.tooLong", MAX_QUERY_LENGTH));
        }
        MultiFieldQueryParser parser = new MultiFieldQueryParser(FIELDS, index.queryAnalyzer(), BOOSTS);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        parser.setSplitOnWhitespace(true);
        parser.setAutoGeneratePhraseQueries(true);
        Query query;
        try {
            query = parser.parse(text);
        } catch (ParseException | IllegalArgumentException e) {
            try {
                query = parser.parse(asPlainWords(text));
            } catch (ParseException impossible) {
                throw new IllegalStateException("plain words must parse: " + text, impossible);
            }
        }
        if (query == null) {
            return new MatchNoDocsQuery();
        }
        refuseCostly(query);
        return query;
    }

    /** Each word escaped, and AND, OR and NOT in lower case, so that the parser takes them as words. */
    private static String asPlainWords(String text) {
        StringBuilder words = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String plain = OPERATOR_WORDS.contains(word) ? word.toLowerCase(Locale.ROOT) : QueryParser.escape(word);
            words.append(words.isEmpty() ? "" : " ").append(plain);
        }
        return words.toString();
    }

    /** Refuses a query whose expanding terms (wildcards, prefixes, fuzzy words) would cost too much to run. */
    private static void refuseCostly(Query query) {
        int[] expanding = {0};
        query.visit(new QueryVisitor() {
            @Override
            public void visitLeaf(Query leaf) {
                // the parser makes one expanding query per field of each such word
                if (leaf instanceof MultiTermQuery && ++expanding[0] > MAX_EXPANDING_TERMS * FIELDS.length) {
                    throw new InvalidQueryException(Messages.text("search.tooManyWildcards", MAX_EXPANDING_TERMS));
                }
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
    }

    private Query filter(Query query, Map<Facet, List<String>> filters) {
        if (filters.isEmpty()) {
            return query;
        }
        DrillDownQuery drillDown = new DrillDownQuery(index.facetsConfig(), query);
        filters.forEach((facet, values) -> {
            if (facet == Facet.CASE) {
                BooleanQuery.Builder any = new BooleanQuery.Builder();
                values.forEach(value -> any.add(new TermQuery(new Term(IndexDocuments.CASES, value)),
                        BooleanClause.Occur.SHOULD));
                drillDown.add(facet.dimension(), any.build());
            } else {
                values.forEach(value -> drillDown.add(facet.dimension(), value));
            }
        });
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
        if (page.length == 0) {
            return List.of();
        }
        StoredFields stored = searcher.storedFields();
        int[] docIds = new int[page.length];
        Map<Integer, Document> docs = new HashMap<>();
        for (int i = 0; i < page.length; i++) {
            docIds[i] = page[i].doc;
            docs.put(docIds[i], stored.document(docIds[i]));
        }
        List<List<PassageHighlighter.RawPassage>> passages =
                new PassageHighlighter(searcher, index.indexAnalyzer(), doc -> docs.get(doc).get(IndexDocuments.TEXT))
                        .passages(IndexDocuments.TEXT, query, docIds, SNIPPETS_PER_HIT);
        List<Hit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            hits.add(hit(docs.get(docIds[i]), page[i].score, passages.get(i)));
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
     * none, without white space at its ends, its offsets made relative to that part.
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
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        List<Span> matches = new ArrayList<>();
        for (int m = 0; m < passage.matchStarts().length; m++) {
            int ms = passage.matchStarts()[m];
            int me = Math.min(passage.matchEnds()[m], end);
            if (ms >= start && ms < end && (matches.isEmpty() || ms - start >= matches.getLast().end())) {
                matches.add(new Span(ms - start, me - start));
            }
        }
        return new Snippet(text.substring(start, end), matches,
                part.heading(), p - 1, start - part.textStart(), end - part.textStart(), part.sourceSpan());
    }

    /** The top {@code n} values of each facet, counted over {@code matching}, scaled by {@code scale}. */
    private static Map<Facet, List<FacetCount>> facets(ArchiveIndex.View view, FacetsCollector matching, int n,
                                                       double scale) throws IOException {
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(view.facets(), matching);
        Map<Facet, List<FacetCount>> out = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            FacetResult result;
            if (facet == Facet.CASE) {
                result = scale == 1 ? new StringValueFacetCounts(view.cases(), matching)
                        .getTopChildren(n, IndexDocuments.CASES) : null;
            } else {
                try {
                    result = counts.getTopChildren(n, facet.dimension());
                } catch (IllegalArgumentException noSuchDimensionYet) {
                    result = null; // no unit in the index has this facet at all
                }
            }
            List<FacetCount> values = new ArrayList<>();
            if (result != null) {
                for (LabelAndValue lv : result.labelValues) {
                    values.add(new FacetCount(lv.label, Math.round(lv.value.longValue() * scale)));
                }
            }
            out.put(facet, values);
        }
        return out;
    }
}
