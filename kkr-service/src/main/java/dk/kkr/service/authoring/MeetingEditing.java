package dk.kkr.service.authoring;

import dk.kkr.core.pipeline.DocumentPipeline;
import dk.kkr.core.pipeline.ParsedFile;
import dk.kkr.core.text.Messages;
import dk.kkr.core.text.SourceReader;
import dk.kkr.core.text.UnreadableSourceException;
import dk.kkr.search.ArchiveIndex;
import dk.kkr.search.ItemDoc;
import dk.kkr.search.ReindexFromStore;
import dk.kkr.core.model.AuthoredAgenda;
import dk.kkr.store.AuthoredAgendas;
import dk.kkr.store.access.AccessException;
import dk.kkr.store.access.Account;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Every change a secretariat makes to an agenda written on the platform ({@link AuthoredAgendas}), with the search
 * index (which holds what the public sees) brought after it: the index is marked as lagging before the store changes,
 * then the changed agendas' units are taken out and those the public may now read put back, so that a draft is never
 * found and a published agenda is found as it now reads. Thread-safe.
 */
public final class MeetingEditing {

    private final AuthoredAgendas agendas;
    private final ArchiveIndex index;
    private final ReindexFromStore units;
    private final JdbcClient jdbc;
    private final DocumentPipeline pipeline = DocumentPipeline.standard();

    public MeetingEditing(DataSource dataSource, AuthoredAgendas agendas, ArchiveIndex index) {
        this.agendas = agendas;
        this.index = index;
        this.units = new ReindexFromStore(dataSource);
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** The store's side, for what needs no index: reading agendas and templates, rights. */
    public AuthoredAgendas agendas() {
        return agendas;
    }

    public AuthoredAgendas.Agenda createMeeting(String kkr, LocalDate date, LocalTime time, String place,
                                                Account account) {
        return agendas.createMeeting(kkr, date, time, place, account);
    }

    public long addItem(long meetingId, int group, AuthoredAgendas.ItemFields fields, Account account) {
        return reindexing(List.of(meetingId), () -> agendas.addItem(meetingId, group, fields, account));
    }

    public void updateItem(long itemId, AuthoredAgendas.ItemFields fields, Account account) {
        reindexing(meetingsOf(itemId), () -> {
            agendas.updateItem(itemId, fields, account);
            return null;
        });
    }

    public void deleteItem(long itemId, Account account) {
        reindexing(meetingsOf(itemId), () -> {
            agendas.deleteItem(itemId, account);
            return null;
        });
    }

    public void moveItem(long itemId, int steps, Account account) {
        reindexing(meetingsOf(itemId), () -> {
            agendas.moveItem(itemId, steps, account);
            return null;
        });
    }

    public void moveToMeeting(long itemId, long meetingId, Account account) {
        List<Long> meetings = new java.util.ArrayList<>(meetingsOf(itemId));
        meetings.add(meetingId);
        reindexing(meetings, () -> {
            agendas.moveToMeeting(itemId, meetingId, account);
            return null;
        });
    }

    /**
     * Reads the file {@code upload} (a PDF, or a text) and attaches it to item {@code itemId} as an annex titled
     * {@code title} (blank: the file's own); the id of its document. The upload's name is {@code fileName}.
     *
     * @throws AccessException with one Danish sentence when the file cannot be read, or the change is refused
     */
    public long attachAnnex(long itemId, Path upload, String fileName, String title, Account account) {
        Path named;
        try {
            Path dir = Files.createTempDirectory("kkr-bilag");
            named = Files.move(upload, dir.resolve(safeName(fileName)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            if (!SourceReader.isSupported(named)) {
                throw new AccessException(Messages.text("desk.unknownType"));
            }
            ParsedFile parsed;
            try {
                parsed = pipeline.analyse(pipeline.read(named));
            } catch (UnreadableSourceException e) {
                throw new AccessException(e.getMessage());
            }
            long document = reindexing(meetingsOf(itemId), () -> agendas.attachAnnex(itemId, parsed, title, account));
            return document;
        } finally {
            try {
                Files.deleteIfExists(named);
                Files.deleteIfExists(named.getParent());
            } catch (IOException ignored) {
                // a temporary file left behind is removed with the system's temporary files
            }
        }
    }

    /** A file name as uploaded, without any path and with only plain characters: its extension decides its reading. */
    private static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "");
        name = name.replaceAll("[^\\p{L}\\d._-]", "_");
        return name.isBlank() || name.startsWith(".") ? "bilag" + name : name;
    }

    public AuthoredAgendas.Agenda release(long meetingId, Account account) {
        return agendas.release(meetingId, account);
    }

    public AuthoredAgendas.Agenda publish(long meetingId, OffsetDateTime at, Account account) {
        return reindexing(List.of(meetingId), () -> agendas.publish(meetingId, at, account));
    }

    public void recordDecision(long itemId, String text, Account account) {
        reindexing(meetingsOf(itemId), () -> {
            agendas.recordDecision(itemId, text, account);
            return null;
        });
    }

    public void recordAttendance(long meetingId, List<AuthoredAgenda.Attendee> attendees, Account account) {
        reindexing(List.of(meetingId), () -> {
            agendas.recordAttendance(meetingId, attendees, account);
            return null;
        });
    }

    /** Releases the minutes; the KKR's next meeting, whose first item now lists them, is indexed anew with it. */
    public AuthoredAgendas.Agenda releaseMinutes(long meetingId, Account account) {
        List<Long> meetings = new java.util.ArrayList<>(List.of(meetingId));
        agendas.laterAgendas(meetingId).stream().findFirst().ifPresent(next -> meetings.add(next.meetingId()));
        return reindexing(meetings, () -> agendas.releaseMinutes(meetingId, account));
    }

    /**
     * Publishes the agendas whose set time has come, and indexes them; their meetings' ids. With none due it touches
     * neither store nor index (the server asks every half minute).
     */
    public List<Long> publishDue() {
        if (agendas.due().isEmpty()) {
            return List.of();
        }
        index.expectChanges();
        List<Long> published = agendas.publishDue();
        reindex(published, Set.of());
        index.commit();
        return published;
    }

    /** The meeting of the authored agenda item {@code itemId} stands in, if any. */
    private List<Long> meetingsOf(long itemId) {
        return agendas.agendaOfItem(itemId).map(a -> List.of(a.meetingId())).orElse(List.of());
    }

    /** Makes a change to these meetings' agendas, and brings the index after it. */
    private <T> T reindexing(List<Long> meetings, Supplier<T> change) {
        Set<Long> itemsBefore = items(meetings);
        index.expectChanges();
        try {
            return change.get();
        } finally {
            reindex(meetings, itemsBefore);
            index.commit();
        }
    }

    /**
     * Takes the meetings' agendas' units (and those of {@code gone} items) out of the index, and puts back what the
     * public reads of them and of the files uploaded as their annexes.
     */
    private void reindex(List<Long> meetings, Set<Long> gone) {
        Set<Long> items = new LinkedHashSet<>(gone);
        items.addAll(items(meetings));
        items.forEach(id -> index.delete(ItemDoc.Unit.ITEM.key(id)));
        for (long meeting : new LinkedHashSet<>(meetings)) {
            agendas.agenda(meeting).ifPresent(agenda -> {
                units.ofSourceFile(agenda.sourceFileId()).forEach(index::index);
                for (long file : agendas.annexFiles(meeting)) {
                    jdbc.sql("SELECT id FROM document WHERE source_file_id = :f").param("f", file).query(Long.class)
                            .list().forEach(id -> index.delete(ItemDoc.Unit.DOCUMENT.key(id)));
                    jdbc.sql("""
                                    SELECT i.id FROM agenda_item i JOIN document d ON d.id = i.document_id
                                    WHERE d.source_file_id = :f""").param("f", file).query(Long.class)
                            .list().forEach(id -> index.delete(ItemDoc.Unit.ITEM.key(id)));
                    units.ofSourceFile(file).forEach(index::index);
                }
            });
        }
    }

    /** The ids of the items of the meetings' authored agendas. */
    private Set<Long> items(List<Long> meetings) {
        Set<Long> ids = new LinkedHashSet<>();
        for (long meeting : meetings) {
            agendas.agenda(meeting).ifPresent(agenda -> ids.addAll(jdbc.sql(
                            "SELECT id FROM agenda_item WHERE document_id = :d")
                    .param("d", agenda.documentId()).query(Long.class).list()));
        }
        return ids;
    }
}
