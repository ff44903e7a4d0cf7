package dk.kkr.service.authoring;

import dk.kkr.search.ArchiveIndex;
import dk.kkr.search.ItemDoc;
import dk.kkr.search.ReindexFromStore;
import dk.kkr.store.AuthoredAgendas;
import dk.kkr.store.access.Account;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
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

    public AuthoredAgendas.Agenda release(long meetingId, Account account) {
        return agendas.release(meetingId, account);
    }

    public AuthoredAgendas.Agenda publish(long meetingId, OffsetDateTime at, Account account) {
        return reindexing(List.of(meetingId), () -> agendas.publish(meetingId, at, account));
    }

    /** Publishes the agendas whose set time has come, and indexes them; their meetings' ids. */
    public List<Long> publishDue() {
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

    /** Takes the meetings' agendas' units (and those of {@code gone} items) out of the index, and puts back what the public reads. */
    private void reindex(List<Long> meetings, Set<Long> gone) {
        Set<Long> items = new LinkedHashSet<>(gone);
        items.addAll(items(meetings));
        items.forEach(id -> index.delete(ItemDoc.Unit.ITEM.key(id)));
        meetings.stream().distinct().map(agendas::agenda).flatMap(java.util.Optional::stream)
                .forEach(agenda -> units.ofSourceFile(agenda.sourceFileId()).forEach(index::index));
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
