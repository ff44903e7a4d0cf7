package dk.kkr.store;

import dk.kkr.core.dedup.Fingerprint;
import dk.kkr.core.model.AnnexRef;
import dk.kkr.core.model.EmbeddedDocument;
import dk.kkr.core.model.Letterhead;
import dk.kkr.core.model.MeetingInfo;
import dk.kkr.core.model.ParsedDocument;
import dk.kkr.core.model.ParsedItem;
import dk.kkr.core.model.Section;
import dk.kkr.core.model.SourceText;
import dk.kkr.core.model.TextChange;
import dk.kkr.core.model.Span;
import dk.kkr.core.pipeline.ParsedFile;
import dk.kkr.core.danish.KkrBody;
import dk.kkr.core.danish.ReferenceData;
import dk.kkr.store.access.AuditLog;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The write side of the archive: stores one parsed file at a time, in one transaction, so a file is either
 * wholly in the archive or not at all. Files are known by their SHA-256; saving a known file writes nothing.
 * Positions of items, sections, annexes and tables count from 1 in their order in the file. Each entity
 * mention and table is linked to the innermost item and document that contain it. Thread-safe.
 */
public final class ArchiveStore {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batches;
    private final TransactionTemplate transactions;
    private final Durability durability;
    private final QueryPlans plans;
    private final Clock clock;

    public ArchiveStore(DataSource dataSource) {
        this(dataSource, Clock.systemDefaultZone());
    }

    /** As {@link #ArchiveStore(DataSource)}, with the clock that stamps {@code imported_at}. */
    public ArchiveStore(DataSource dataSource, Clock clock) {
        this.jdbc = JdbcClient.create(dataSource);
        this.batches = new NamedParameterJdbcTemplate(dataSource);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.durability = new Durability(dataSource);
        this.plans = new QueryPlans(dataSource);
        this.clock = clock;
    }

    /**
     * Stores a file and everything parsed from it, or nothing if a file with the same SHA-256 is already
     * stored. When it returns, the file survives a kill of the process ({@link Durability}). Any failure rolls the whole file back and is rethrown; so does the rare loss of a race with
     * another process storing the same file at the same moment (a {@code DuplicateKeyException}).
     */
    public SaveResult save(ParsedFile file) {
        return save(file, Closure.OPEN);
    }

    /**
     * As {@link #save(ParsedFile)}, the file stored as {@code closure} says: closed, it is read only by those who may
     * read its KKR's closed material, and its attendance is not published. A file known already keeps how it was
     * stored.
     */
    public SaveResult save(ParsedFile file, Closure closure) {
        return save(file, closure, false);
    }

    /**
     * As {@link #save(ParsedFile)}, the file stored as a draft (read only by its KKR's secretariat, {@code
     * document.stage}): a file uploaded to an agenda written on the platform, which then takes the agenda's stage.
     */
    public SaveResult saveDraft(ParsedFile file) {
        return save(file, Closure.OPEN, true);
    }

    private SaveResult save(ParsedFile file, Closure closure, boolean draft) {
        SaveResult saved = transactions.execute(status -> findKnown(file.source().sha256())
                .orElseGet(() -> new FileWriter(file, closure, draft).write()));
        durability.committed();
        if (saved.status() == SaveResult.Status.NEW) {
            plans.fileStored();
        }
        return saved;
    }

    public boolean isKnown(String sha256) {
        return findKnown(sha256).isPresent();
    }

    /** Whether the stored file with this SHA-256 is closed; false when it is open or not stored. */
    public boolean isClosed(String sha256) {
        return jdbc.sql("""
                        SELECT d.closed FROM source_file f
                        JOIN document d ON d.source_file_id = f.id AND d.parent_id IS NULL
                        WHERE f.sha256 = :sha256""")
                .param("sha256", sha256)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    public ArchiveCounts counts() {
        return jdbc.sql("""
                        SELECT (SELECT COUNT(*) FROM source_file), (SELECT COUNT(*) FROM meeting),
                               (SELECT COUNT(*) FROM agenda_item), (SELECT COUNT(*) FROM document)""")
                .query((rs, row) -> new ArchiveCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .single();
    }

    private Optional<SaveResult> findKnown(String sha256) {
        return jdbc.sql("""
                        SELECT f.id, d.id FROM source_file f
                        JOIN document d ON d.source_file_id = f.id AND d.parent_id IS NULL
                        WHERE f.sha256 = :sha256""")
                .param("sha256", sha256)
                .query((rs, row) -> SaveResult.known(rs.getLong(1), rs.getLong(2)))
                .optional();
    }

    private long insert(String sql, Map<String, ?> params) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(sql).params(params).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** Writes one file inside the caller's transaction. */
    private final class FileWriter {
        private final ParsedFile file;
        private final Closure closure;
        private final boolean draft;
        private final SourceText source;
        private final ParsedDocument parsed;
        private final Fingerprint fingerprint;
        private final Long bodyId;
        private Long meetingId;
        private boolean newMeeting;
        private int sections;
        private int annexes;

        FileWriter(ParsedFile file, Closure closure, boolean draft) {
            this.file = file;
            this.closure = closure;
            this.draft = draft;
            this.source = file.source();
            this.parsed = file.structure();
            this.fingerprint = file.fingerprint();
            this.bodyId = parsed.body() == null ? null : ReferenceData.body(parsed.body())
                    .map(KkrBody::name)
                    .map(name -> jdbc.sql("SELECT id FROM body WHERE name = :name").param("name", name)
                            .query(Long.class).single())
                    .orElse(null);
        }

        SaveResult write() {
            long sourceFileId = insertSourceFile();
            // a draft belongs to the meeting of the agenda it is uploaded to, not to one its text names
            meetingId = draft ? null : findOrCreateMeeting(parsed.meeting());
            Span whole = new Span(0, source.text().length());
            long documentId = insertDocument(sourceFileId, null, parsed.kind().name(), parsed.title(),
                    null, null, whole);
            Innermost documents = new Innermost();
            documents.add(whole, documentId);
            List<EmbeddedDocument> embedded = parsed.documents();
            long[] embeddedIds = new long[embedded.size()];
            for (int i = 0; i < embedded.size(); i++) {
                EmbeddedDocument document = embedded.get(i);
                embeddedIds[i] = insertDocument(sourceFileId, documentId, document.kind().name(),
                        document.title(), document.letterhead(), document.item(), document.span());
                documents.add(document.span(), embeddedIds[i]);
            }
            Map<String, Long> itemIds = new HashMap<>();
            Innermost itemSpans = new Innermost();
            List<ParsedItem> items = parsed.items();
            for (int i = 0; i < items.size(); i++) {
                ParsedItem item = items.get(i);
                long itemId = insertItem(documentId, i + 1, item, itemIds.get(item.parentNumber()));
                itemIds.put(item.number(), itemId);
                itemSpans.add(item.span(), itemId);
                insertSections(itemId, item.sections());
                insertAnnexes(itemId, AnnexLinks.link(item.number(), item.annexes(), embedded), item.annexes(),
                        embeddedIds);
            }
            new Findings(jdbc, batches).write(sourceFileId, documents, itemSpans, file.entities(), file.tables());
            if (!closure.closed()) {
                AttendanceWriter.write(jdbc, bodyId, meetingId, documentId, parsed.attendance());
            }
            if (!draft) {
                // a draft is no extraction of a published document: grouping could hide the published one behind it
                Duplicates.group(jdbc, sourceFileId, documentId, fingerprint, file.quality(), closure.closed());
            }
            if (closure.closed()) {
                new AuditLog(jdbc, clock).imported(closure.closedBy(), documentId);
            }
            return new SaveResult(SaveResult.Status.NEW, sourceFileId, documentId, newMeeting, items.size(),
                    1 + embedded.size(), sections, annexes);
        }

        private long insertSourceFile() {
            Map<String, Object> params = new HashMap<>();
            params.put("fileName", source.fileName());
            params.put("sha256", source.sha256());
            params.put("byteSize", source.byteSize());
            params.put("mediaType", source.mediaType());
            params.put("notes", source.notes().isEmpty() ? null : String.join("\n", source.notes()));
            params.put("text", source.text());
            params.put("original", source.ocrRepaired() ? source.original() : null);
            params.put("fingerprint", fingerprint.encode());
            params.put("quality", file.quality());
            params.put("importedAt", OffsetDateTime.now(clock));
            long id = insert("""
                    INSERT INTO source_file (file_name, sha256, byte_size, media_type, notes, text, original_text,
                                             fingerprint, quality, imported_at)
                    VALUES (:fileName, :sha256, :byteSize, :mediaType, :notes, :text, :original, :fingerprint,
                            :quality, :importedAt)""",
                    params);
            insertChanges(id, source.changes());
            return id;
        }

        private void insertChanges(long sourceFileId, List<TextChange> changes) {
            for (int i = 0; i < changes.size(); i++) {
                TextChange change = changes.get(i);
                jdbc.sql("""
                        INSERT INTO text_change (source_file_id, position, original_start, before_text, after_text,
                                                 confidence)
                        VALUES (:file, :position, :start, :before, :after, :confidence)""")
                        .param("file", sourceFileId)
                        .param("position", i + 1)
                        .param("start", change.offset())
                        .param("before", change.before())
                        .param("after", change.after())
                        .param("confidence", change.confidence())
                        .update();
            }
        }

        /** The meeting of this body on this date, created if new; its time and location filled in if unknown. */
        private Long findOrCreateMeeting(MeetingInfo meeting) {
            if (bodyId == null || meeting == null || meeting.date() == null) {
                return null;
            }
            Optional<Long> existing = jdbc.sql("SELECT id FROM meeting WHERE body_id = :body AND meeting_date = :date")
                    .param("body", bodyId)
                    .param("date", meeting.date())
                    .query(Long.class).optional();
            Map<String, Object> params = new HashMap<>();
            params.put("body", bodyId);
            params.put("date", meeting.date());
            params.put("time", meeting.time());
            params.put("location", meeting.location());
            if (existing.isPresent()) {
                params.put("id", existing.get());
                jdbc.sql("""
                                UPDATE meeting SET meeting_time = COALESCE(meeting_time, :time),
                                                   location = COALESCE(location, :location)
                                WHERE id = :id""")
                        .params(params).update();
                return existing.get();
            }
            newMeeting = true;
            return insert("""
                    INSERT INTO meeting (body_id, meeting_date, meeting_time, location)
                    VALUES (:body, :date, :time, :location)""", params);
        }

        private long insertDocument(long sourceFileId, Long parentId, String kind, String title,
                                    Letterhead letterhead, String itemNumber, Span span) {
            Map<String, Object> params = new HashMap<>();
            params.put("source", sourceFileId);
            params.put("parent", parentId);
            params.put("kind", kind);
            params.put("title", title);
            params.put("body", bodyId);
            params.put("meeting", meetingId);
            params.put("letterDate", letterhead == null ? null : letterhead.date());
            params.put("caseNumber", letterhead == null ? null : letterhead.caseId());
            params.put("docNumber", letterhead == null ? null : letterhead.docId());
            params.put("item", itemNumber);
            params.put("start", span.start());
            params.put("end", span.end());
            // the file's own row carries its closure; the memos inside it follow that row
            Closure own = parentId == null ? closure : Closure.OPEN;
            params.put("closed", own.closed());
            params.put("publicTitle", own.publicTitle());
            params.put("legalBasis", own.legalBasis());
            params.put("stage", draft && parentId == null ? "DRAFT" : null);
            return insert("""
                    INSERT INTO document (source_file_id, parent_id, kind, title, body_id, meeting_id,
                                          letter_date, case_number, doc_number, item_number, span_start, span_end,
                                          closed, public_title, legal_basis, stage)
                    VALUES (:source, :parent, :kind, :title, :body, :meeting,
                            :letterDate, :caseNumber, :docNumber, :item, :start, :end,
                            :closed, :publicTitle, :legalBasis, :stage)""", params);
        }

        private long insertItem(long documentId, int position, ParsedItem item, Long parentId) {
            Map<String, Object> params = new HashMap<>();
            params.put("document", documentId);
            params.put("meeting", meetingId);
            params.put("parent", parentId);
            params.put("position", position);
            params.put("number", item.number());
            params.put("title", item.title());
            params.put("case", item.caseId() == null ? null : findOrCreateCase(item.caseId()));
            params.put("owner", item.caseOwner());
            params.put("start", item.span().start());
            params.put("end", item.span().end());
            params.put("titleStart", item.titleSpan().start());
            params.put("titleEnd", item.titleSpan().end());
            return insert("""
                    INSERT INTO agenda_item (document_id, meeting_id, parent_id, position, number, title,
                                             case_id, case_owner, span_start, span_end, title_start, title_end)
                    VALUES (:document, :meeting, :parent, :position, :number, :title,
                            :case, :owner, :start, :end, :titleStart, :titleEnd)""", params);
        }

        private long findOrCreateCase(String caseNumber) {
            return jdbc.sql("SELECT id FROM case_file WHERE case_number = :number")
                    .param("number", caseNumber)
                    .query(Long.class).optional()
                    .orElseGet(() -> insert("INSERT INTO case_file (case_number) VALUES (:number)",
                            Map.of("number", caseNumber)));
        }

        private void insertSections(long itemId, List<Section> itemSections) {
            for (int i = 0; i < itemSections.size(); i++) {
                Section section = itemSections.get(i);
                jdbc.sql("""
                                INSERT INTO item_section (item_id, position, heading, text, span_start, span_end)
                                VALUES (:item, :position, :heading, :text, :start, :end)""")
                        .param("item", itemId)
                        .param("position", i + 1)
                        .param("heading", section.heading())
                        .param("text", section.text())
                        .param("start", section.span().start())
                        .param("end", section.span().end())
                        .update();
            }
            sections += itemSections.size();
        }

        private void insertAnnexes(long itemId, int[] links, List<AnnexRef> itemAnnexes, long[] embeddedIds) {
            for (int i = 0; i < itemAnnexes.size(); i++) {
                AnnexRef annex = itemAnnexes.get(i);
                Map<String, Object> params = new HashMap<>();
                params.put("item", itemId);
                params.put("position", i + 1);
                params.put("title", annex.title());
                params.put("document", links[i] == AnnexLinks.NONE ? null : embeddedIds[links[i]]);
                params.put("start", annex.span().start());
                params.put("end", annex.span().end());
                jdbc.sql("""
                                INSERT INTO annex (item_id, position, title, document_id, span_start, span_end)
                                VALUES (:item, :position, :title, :document, :start, :end)""")
                        .params(params).update();
            }
            annexes += itemAnnexes.size();
        }
    }
}
