package dk.kkr.search;

import dk.kkr.core.model.DocumentKind;
import dk.kkr.core.model.Section;
import dk.kkr.core.model.Span;
import dk.kkr.store.read.AnnexLines;
import dk.kkr.store.read.Redaction;
import dk.kkr.store.read.Viewer;
import dk.kkr.store.read.Visibility;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;

/**
 * Reads the index units out of the archive database (the V1 schema; portable SQL for H2 and PostgreSQL):
 * every agenda item with its own sections, and every document that has neither items nor documents inside
 * it (memos, OTHER files) with its text cut from the source file by Java string offsets, as the reader does.
 * An item of an annex bundle has no sections: its text is the bundle's text from its cover to the next
 * item's, the annexes themselves. What the public may not read is left out: an annex closed to it is its placeholder
 * in its item's annex section and in a bundle item's text, and its memo is no unit. A unit's municipalities are the stored MUNICIPALITY mentions
 * ({@code entity_mention}) of the item, or of the document for a document unit; nothing is recognised again.
 * Units are read lazily in batches, so the whole archive never sits in memory. Thread-safe.
 *
 * <p>Use it as the index's {@link ArchiveIndex.Source}, and after an import, to index one new file:
 * {@code ofSourceFile(saved.sourceFileId()).forEach(index::index); index.commit();}
 */
public final class ReindexFromStore implements ArchiveIndex.Source {

    private static final int BATCH = 500;

    /** What the index holds: the units the public sees (the access issue adds closed units with their audience). */
    private static final Visibility VISIBLE = Visibility.of(Viewer.PUBLIC);

    /**
     * SQL: the document row {@code d} is a unit of its own, searched whole: it has no agenda items and no memos
     * inside it (those are the units then), and the public sees it.
     */
    private static String documentUnit() {
        return """
                NOT EXISTS (SELECT 1 FROM agenda_item i WHERE i.document_id = d.id)
                  AND NOT EXISTS (SELECT 1 FROM document c WHERE c.parent_id = d.id)""" + " AND " + VISIBLE.document("d");
    }

    private static final String ITEMS = """
            SELECT i.id, i.number, i.title, c.case_number, i.span_start, i.span_end, d.id AS document_id, d.kind,
                   d.source_file_id, b.name AS body_name, m.meeting_date, s.file_name
            FROM agenda_item i
            JOIN document d ON d.id = i.document_id
            JOIN source_file s ON s.id = d.source_file_id
            LEFT JOIN meeting m ON m.id = COALESCE(i.meeting_id, d.meeting_id)
            LEFT JOIN body b ON b.id = d.body_id
            LEFT JOIN case_file c ON c.id = i.case_id
            WHERE i.id > :after AND %%s AND %s
            ORDER BY i.id FETCH FIRST :batch ROWS ONLY""".formatted(VISIBLE.itemInFull("i"));

    private static final String DOCUMENTS = """
            SELECT d.id, d.kind, d.title, d.case_number, d.item_number, d.span_start, d.span_end, d.source_file_id,
                   b.name AS body_name, COALESCE(d.letter_date, m.meeting_date) AS unit_date, s.file_name
            FROM document d
            JOIN source_file s ON s.id = d.source_file_id
            LEFT JOIN meeting m ON m.id = d.meeting_id
            LEFT JOIN body b ON b.id = d.body_id
            WHERE d.id > :after AND %%s AND %s
            ORDER BY d.id FETCH FIRST :batch ROWS ONLY""".formatted(documentUnit());

    /** The keys of the units {@link #ITEMS} and {@link #DOCUMENTS} read, by the same conditions. */
    private static final String KEYS = """
            SELECT 'item:' || i.id FROM agenda_item i WHERE %s
            UNION ALL
            SELECT 'document:' || d.id FROM document d WHERE %s""".formatted(VISIBLE.itemInFull("i"), documentUnit());

    /**
     * The file condition of {@link #ITEMS} and {@link #DOCUMENTS}: every file, or the one file (a condition of its own,
     * so that the database finds the file's documents by their index instead of walking every unit in id order).
     */
    private static String ofFile(long sourceFile) {
        return sourceFile < 0 ? "TRUE" : "d.source_file_id = :file";
    }

    private final JdbcClient jdbc;

    public ReindexFromStore(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** All units of the archive: the items first, then the documents. Close the stream when done. */
    @Override
    public Stream<ItemDoc> all() {
        return units(-1);
    }

    /** The keys of all units, without reading them. */
    @Override
    public Set<String> keys() {
        return new HashSet<>(jdbc.sql(KEYS).query(String.class).list());
    }

    /** The units of one imported file, to index it right after the import. */
    public List<ItemDoc> ofSourceFile(long sourceFileId) {
        try (Stream<ItemDoc> units = units(sourceFileId)) {
            return units.toList();
        }
    }

    /**
     * The keys of the units the index must no longer hold after this file's import: those of the other
     * extractions of the same document that are not to be found now (near-duplicates: only the shown
     * extraction is searchable). After an import, delete these and index the file's own units.
     */
    public List<String> hiddenKeysBeside(long sourceFileId) {
        List<Long> group = jdbc.sql("""
                        SELECT COALESCE(d.duplicate_of, d.id) FROM document d
                        WHERE d.source_file_id = :file AND d.parent_id IS NULL""")
                .param("file", sourceFileId).query(Long.class).optional()
                .map(shown -> jdbc.sql("""
                                SELECT g.id FROM document g WHERE g.id = :shown
                                UNION SELECT g.id FROM document g WHERE g.duplicate_of = :shown""")
                        .param("shown", shown).query(Long.class).list())
                .orElse(List.of());
        if (group.isEmpty()) {
            return List.of();
        }
        // each condition on an indexed column of its own: the cost does not grow with the archive
        return jdbc.sql("""
                        SELECT 'item:' || i.id FROM agenda_item i WHERE i.document_id IN (:group) AND NOT %1$s
                        UNION ALL
                        SELECT 'document:' || x.id FROM document x WHERE x.id IN (:group) AND NOT %2$s
                        UNION ALL
                        SELECT 'document:' || x.id FROM document x WHERE x.parent_id IN (:group) AND NOT %2$s"""
                        .formatted(VISIBLE.itemInFull("i"), VISIBLE.document("x")))
                .param("group", group)
                .query(String.class).list();
    }

    private Stream<ItemDoc> units(long sourceFile) {
        return Stream.concat(
                batches(after -> items(after, sourceFile), ItemDoc::itemId),
                batches(after -> documents(after, sourceFile), ItemDoc::documentId));
    }

    /** Reads batch after batch, each starting after the last id of the one before, until a short one. */
    private static Stream<ItemDoc> batches(LongFunction<List<ItemDoc>> after, ToLongFunction<ItemDoc> id) {
        return Stream.iterate(after.apply(0), batch -> !batch.isEmpty(),
                        batch -> batch.size() < BATCH ? List.of() : after.apply(id.applyAsLong(batch.getLast())))
                .flatMap(List::stream);
    }

    private record ItemRow(long id, String number, String title, String caseNumber, Span span, long documentId,
                           DocumentKind kind, long sourceFileId, String body, LocalDate date, String fileName) {
    }

    private List<ItemDoc> items(long after, long sourceFile) {
        List<ItemRow> rows = jdbc.sql(ITEMS.formatted(ofFile(sourceFile))).param("after", after).param("file", sourceFile).param("batch", BATCH)
                .query((rs, n) -> new ItemRow(rs.getLong("id"), rs.getString("number"), rs.getString("title"),
                        rs.getString("case_number"), new Span(rs.getInt("span_start"), rs.getInt("span_end")),
                        rs.getLong("document_id"), DocumentKind.valueOf(rs.getString("kind")),
                        rs.getLong("source_file_id"), rs.getString("body_name"), rs.getObject("meeting_date", LocalDate.class),
                        rs.getString("file_name")))
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Section>> sections = new HashMap<>();
        AnnexLines annexLines = AnnexLines.ofItems(jdbc, VISIBLE, rows.getFirst().id(), rows.getLast().id());
        jdbc.sql("""
                        SELECT item_id, heading, text, span_start, span_end FROM item_section
                        WHERE item_id BETWEEN :first AND :last ORDER BY item_id, position""")
                .param("first", rows.getFirst().id()).param("last", rows.getLast().id())
                .query(rs -> {
                    long item = rs.getLong("item_id");
                    String heading = rs.getString("heading");
                    sections.computeIfAbsent(item, k -> new ArrayList<>())
                            .add(new Section(heading, annexLines.section(item, heading, rs.getString("text")),
                                    new Span(rs.getInt("span_start"), rs.getInt("span_end"))));
                });
        Map<Long, String> bundleTexts = sourceTexts(rows.stream()
                .filter(r -> r.kind() == DocumentKind.ANNEX_BUNDLE && !sections.containsKey(r.id()))
                .map(ItemRow::sourceFileId).toList());
        Map<Long, List<String>> municipalities = municipalities("item_id", rows.getFirst().id(), rows.getLast().id());
        return rows.stream().map(r -> new ItemDoc(r.documentId(), r.id(), r.fileName(), r.number(), r.title(),
                sections.containsKey(r.id()) || !bundleTexts.containsKey(r.sourceFileId())
                        ? sections.getOrDefault(r.id(), List.of())
                        : List.of(new Section(null, bundleText(r, bundleTexts.get(r.sourceFileId())), r.span())),
                r.caseNumber(), r.body(), r.date(), r.kind(), r.span(), municipalities.getOrDefault(r.id(), List.of())))
                .toList();
    }

    /** The text of an item of an annex bundle, the annexes themselves, with those closed to the public cut out. */
    private String bundleText(ItemRow item, String sourceText) {
        return Redaction.of(jdbc, VISIBLE, item.sourceFileId(), item.span()).apply(item.span().of(sourceText));
    }

    private record DocumentRow(long id, DocumentKind kind, String title, String caseNumber, String itemNumber,
                               Span span, long sourceFileId, String body, LocalDate date, String fileName) {
    }

    private List<ItemDoc> documents(long after, long sourceFile) {
        List<DocumentRow> rows = jdbc.sql(DOCUMENTS.formatted(ofFile(sourceFile))).param("after", after).param("file", sourceFile)
                .param("batch", BATCH)
                .query((rs, n) -> new DocumentRow(rs.getLong("id"), DocumentKind.valueOf(rs.getString("kind")),
                        rs.getString("title"), rs.getString("case_number"), rs.getString("item_number"),
                        new Span(rs.getInt("span_start"), rs.getInt("span_end")), rs.getLong("source_file_id"),
                        rs.getString("body_name"), rs.getObject("unit_date", LocalDate.class),
                        rs.getString("file_name")))
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, String> texts = sourceTexts(rows.stream().map(DocumentRow::sourceFileId).toList());
        Map<Long, List<String>> municipalities =
                municipalities("document_id", rows.getFirst().id(), rows.getLast().id());
        return rows.stream().map(r -> new ItemDoc(r.id(), null, r.fileName(), r.itemNumber(), r.title(),
                        List.of(new Section(null, r.span().of(texts.get(r.sourceFileId())), r.span())),
                        r.caseNumber(), r.body(), r.date(), r.kind(), r.span(),
                        municipalities.getOrDefault(r.id(), List.of())))
                .toList();
    }

    /**
     * The names of the municipalities mentioned, in order of first mention, by the id in {@code owner}
     * ({@code item_id} or {@code document_id}) for the owners first..last.
     */
    private Map<Long, List<String>> municipalities(String owner, long first, long last) {
        Map<Long, List<String>> names = new HashMap<>();
        jdbc.sql("SELECT e." + owner + " AS owner, e.value_text FROM entity_mention e WHERE e.kind = 'MUNICIPALITY' AND e."
                        + owner + " BETWEEN :first AND :last AND " + VISIBLE.finding("e") + " ORDER BY e." + owner
                        + ", e.span_start")
                .param("first", first).param("last", last)
                .query(rs -> {
                    names.computeIfAbsent(rs.getLong("owner"), k -> new ArrayList<>()).add(rs.getString("value_text"));
                });
        return names;
    }

    /** The texts of these source files, by id. */
    private Map<Long, String> sourceTexts(List<Long> ids) {
        Map<Long, String> texts = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("SELECT id, text FROM source_file WHERE id IN (:ids)")
                    .param("ids", ids.stream().distinct().toList())
                    .query(rs -> {
                        texts.put(rs.getLong("id"), rs.getString("text"));
                    });
        }
        return texts;
    }
}
