package dk.kkr.search;

import dk.kkr.core.extract.CaseIdMention;
import dk.kkr.core.extract.CaseIdRecogniser;
import dk.kkr.core.model.Section;
import dk.kkr.core.model.Span;
import dk.kkr.search.analysis.TitleWeightFilter;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How an {@link ItemDoc} becomes a Lucene document, and the names of its fields. The searchable text of a
 * unit is its title followed by its sections' texts, blank-line separated; the stored layout says where
 * each part begins, so a highlighted passage can name its section. The municipality facet takes the unit's
 * {@link ItemDoc#municipalities()}; the case facet ({@link #CASES}) the unit's case id and those its text
 * mentions (kkr-core's {@link CaseIdRecogniser}, a pattern).
 * Thread-safe.
 */
final class IndexDocuments {

    static final String KEY = "key";
    static final String UNIT = "unit";
    static final String ITEM_ID = "item_id";
    static final String DOCUMENT_ID = "document_id";
    static final String SOURCE = "source";
    static final String NUMBER = "number";
    static final String TITLE = "title";
    /**
     * Title and sections: the one searchable text, stored, with offsets for highlighting; the title's words
     * weigh {@value #TITLE_COPIES}+1 times ({@link TitleWeightFilter}).
     */
    static final String TEXT = "text";
    /** Tokens with digits kept whole, of the unit's case id and text ({@link dk.kkr.search.analysis.ExactAnalyzer}). */
    static final String EXACT = "exact";
    /** Lower-cased words as written, for "Mente du …?". */
    static final String SPELL = "spell";
    static final String CASE = "case_id";
    /**
     * The case ids of a unit (its own and those its text mentions): doc values for the case facet, which has
     * a value for nearly every unit and so is counted sparsely ({@link org.apache.lucene.facet.StringValueFacetCounts}),
     * and terms to filter by.
     */
    static final String CASES = "cases";
    /**
     * A number in [0, {@value #SAMPLE_BUCKETS}) drawn from a hash of the unit's key: the units below a bucket
     * form a uniform random sample of the index, for estimating the size and facets of large results.
     */
    static final String SAMPLE = "sample";
    static final int SAMPLE_BUCKETS = 1024;
    static final String BODY = "body";
    static final String KIND = "kind";
    /** The date as an epoch day: stored, and as doc values to sort by. */
    static final String DATE = "date";
    static final String SPAN = "span";
    static final String LAYOUT = "layout";

    static final String PART_SEPARATOR = "\n\n";

    /** How many extra times the title's words are indexed in {@link #TEXT}. */
    static final int TITLE_COPIES = 2;

    private static final FieldType TEXT_TYPE = textType();
    private static final FieldType SPELL_TYPE = spellType();

    private final FacetsConfig facets;
    private final CaseIdRecogniser caseIds = new CaseIdRecogniser();

    IndexDocuments() {
        facets = new FacetsConfig();
        facets.setMultiValued(Facet.MUNICIPALITY.dimension(), true);
    }

    FacetsConfig facetsConfig() {
        return facets;
    }

    Document build(ItemDoc unit) {
        Document doc = new Document();
        doc.add(new StringField(KEY, unit.key(), Field.Store.YES));
        doc.add(new StoredField(UNIT, unit.unit().name()));
        if (unit.itemId() != null) {
            doc.add(new StoredField(ITEM_ID, unit.itemId()));
        }
        doc.add(new StoredField(DOCUMENT_ID, unit.documentId()));
        stored(doc, SOURCE, unit.sourceFile());
        stored(doc, NUMBER, unit.number());
        stored(doc, TITLE, unit.title() == null || unit.title().isBlank() ? null : unit.title());
        String title = unit.title() == null ? "" : unit.title();

        StringBuilder text = new StringBuilder(title);
        StringBuilder layout = new StringBuilder();
        layout.append(0).append('\t').append(unit.span().start()).append('\t').append(unit.span().end()).append('\t');
        for (Section section : unit.sections()) {
            text.append(PART_SEPARATOR);
            layout.append('\n').append(text.length()).append('\t').append(section.span().start()).append('\t')
                    .append(section.span().end()).append('\t')
                    .append(section.heading() == null ? "" : section.heading());
            text.append(section.text());
        }
        String all = text.toString();
        doc.add(new TitleWeightedText(all, title.length()));
        doc.add(new TextField(EXACT, unit.caseId() == null ? all : unit.caseId() + PART_SEPARATOR + all, Field.Store.NO));
        doc.add(new Field(SPELL, all, SPELL_TYPE));
        doc.add(new StoredField(LAYOUT, layout.toString()));
        doc.add(new StoredField(SPAN, unit.span().start() + "," + unit.span().end()));

        stored(doc, CASE, unit.caseId());
        stored(doc, BODY, unit.body());
        doc.add(new StoredField(KIND, unit.kind().name()));
        doc.add(new SortedSetDocValuesFacetField(Facet.KIND.dimension(), unit.kind().name()));
        if (unit.body() != null) {
            doc.add(new SortedSetDocValuesFacetField(Facet.BODY.dimension(), unit.body()));
        }
        if (unit.date() != null) {
            doc.add(new StoredField(DATE, unit.date().toEpochDay()));
            doc.add(new NumericDocValuesField(DATE, unit.date().toEpochDay()));
            doc.add(new SortedSetDocValuesFacetField(Facet.YEAR.dimension(), String.valueOf(unit.date().getYear())));
        }
        for (String name : unit.municipalities()) {
            doc.add(new SortedSetDocValuesFacetField(Facet.MUNICIPALITY.dimension(), name));
        }
        for (String caseId : caseIdsOf(unit, all)) {
            doc.add(new SortedSetDocValuesField(CASES, new BytesRef(caseId)));
            doc.add(new StringField(CASES, caseId, Field.Store.NO));
        }
        doc.add(new IntPoint(SAMPLE, sampleBucket(unit.key())));
        try {
            return facets.build(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int sampleBucket(String key) {
        BytesRef bytes = new BytesRef(key);
        return StringHelper.murmurhash3_x86_32(bytes, 0) & (SAMPLE_BUCKETS - 1);
    }

    /** The {@link #TEXT} field, analysed by the index's analyzer with its title words weighted. */
    private static final class TitleWeightedText extends Field {
        private final int titleEnd;

        TitleWeightedText(String text, int titleEnd) {
            super(TEXT, text, TEXT_TYPE);
            this.titleEnd = titleEnd;
        }

        @Override
        public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
            return new TitleWeightFilter(analyzer.tokenStream(name(), stringValue()), titleEnd, TITLE_COPIES);
        }
    }

    /** The unit's own case id first, then the ones its text mentions. */
    private List<String> caseIdsOf(ItemDoc unit, String text) {
        Set<String> ids = new LinkedHashSet<>();
        if (unit.caseId() != null) {
            ids.add(unit.caseId());
        }
        for (CaseIdMention mention : caseIds.recognise(text)) {
            ids.add(mention.caseId());
        }
        return new ArrayList<>(ids);
    }

    /** Where each part of a stored text begins, and the section it is; parsed from {@link #LAYOUT}. */
    record Part(int textStart, Span sourceSpan, String heading) {
    }

    static List<Part> layout(String stored) {
        List<Part> parts = new ArrayList<>();
        for (String line : stored.split("\n")) {
            String[] f = line.split("\t", 4);
            parts.add(new Part(Integer.parseInt(f[0]), new Span(Integer.parseInt(f[1]), Integer.parseInt(f[2])),
                    parts.isEmpty() || f[3].isEmpty() ? null : f[3]));
        }
        return parts;
    }

    private static void stored(Document doc, String field, String value) {
        if (value != null) {
            doc.add(new StoredField(field, value));
        }
    }

    private static FieldType textType() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    private static FieldType spellType() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setOmitNorms(true);
        type.setIndexOptions(IndexOptions.DOCS);
        type.freeze();
        return type;
    }
}
