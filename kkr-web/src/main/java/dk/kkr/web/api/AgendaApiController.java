package dk.kkr.web.api;

import dk.kkr.core.model.AuthoredAgenda;
import dk.kkr.core.text.Messages;
import dk.kkr.service.access.ItemClosing;
import dk.kkr.service.authoring.MeetingEditing;
import dk.kkr.store.AuthoredAgendas;
import dk.kkr.store.Closure;
import dk.kkr.store.access.AccessException;
import dk.kkr.store.access.Account;
import dk.kkr.store.access.AccountStore;
import dk.kkr.store.read.ArchiveReader;
import dk.kkr.store.read.ItemView;
import dk.kkr.store.read.MeetingView;
import dk.kkr.web.NotFound;
import dk.kkr.web.authoring.Uploads;
import dk.kkr.web.login.SignedInAccount;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * The JSON API a secretariat writes agendas with, as the desk's pages do (with a personal token: {@code Authorization:
 * Bearer TOKEN}): a meeting with its template items, items added under a group, changed, moved and deleted, the agenda
 * released and published, annexes uploaded. Each answer is the meeting or item as the account now reads it. Without a token: 401; an
 * account that does not write the KKR's agendas: 403; an agenda not written here: 404; a refused change: 400; each
 * with {@code {"error": "…"}} in Danish.
 */
@RestController
@RequestMapping(path = "/api", produces = "application/json")
class AgendaApiController {

    /** A new meeting: the KKR's short name, the date, and the time and place if known. */
    record NewMeeting(String kkr, LocalDate date, LocalTime time, String place) {
    }

    /**
     * An item: title, case id and owner, its sections by heading (Baggrund, Indstilling, Sagsfremstilling); on
     * creation the group it goes under (its number), and whether it is closed — then with its public title and
     * legal basis.
     */
    record ItemRequest(String title, String caseId, String caseOwner, Integer group, Boolean closed,
                       String publicTitle, String legalBasis, Map<String, String> sections) {

        AuthoredAgendas.ItemFields fields() {
            return new AuthoredAgendas.ItemFields(title, caseId, caseOwner, sections);
        }
    }

    /** Where an item goes: to a later meeting, or one place "up" or "down" in its group. */
    record Move(Long meeting, String direction) {
    }

    /** When to publish; null or absent: now. */
    record Publish(OffsetDateTime at) {
    }

    /** An item's decision; blank or null: none. */
    record Decision(String text) {
    }

    /**
     * A person at the meeting: name (a title may stand before it), status "present" or "afbud", and perhaps the
     * municipality and the deputy who met instead.
     */
    record AttendeeRequest(String person, String status, String municipality, String deputy) {

        AuthoredAgenda.Attendee attendee() {
            if (person == null || !("present".equals(status) || "afbud".equals(status))) {
                throw new AccessException(Messages.text("api.badAttendee"));
            }
            return new AuthoredAgenda.Attendee(person, municipality, "present".equals(status), deputy);
        }
    }

    private final MeetingEditing editing;
    private final AuthoredAgendas agendas;
    private final ItemClosing closing;
    private final AccountStore accounts;
    private final ArchiveReader archive;

    AgendaApiController(MeetingEditing editing, ItemClosing closing, AccountStore accounts, ArchiveReader archive) {
        this.editing = editing;
        this.agendas = editing.agendas();
        this.closing = closing;
        this.accounts = accounts;
        this.archive = archive;
    }

    @PostMapping("/meetings")
    ResponseEntity<MeetingView> createMeeting(@RequestBody NewMeeting meeting) {
        Account account = account();
        if (meeting.kkr() == null || !AuthoredAgendas.mayWrite(account, meeting.kkr())) {
            throw forbidden(account);
        }
        AuthoredAgendas.Agenda agenda = refusedAs400(() -> editing.createMeeting(meeting.kkr(), meeting.date(),
                meeting.time(), meeting.place(), account));
        return ResponseEntity.status(HttpStatus.CREATED).body(meeting(agenda.meetingId()));
    }

    @PostMapping("/meetings/{id:\\d+}/items")
    ResponseEntity<ItemView> addItem(@PathVariable long id, @RequestBody ItemRequest item) {
        Account account = writerOf(id);
        long itemId = refusedAs400(() -> {
            long added = editing.addItem(id, item.group() == null ? 0 : item.group(), item.fields(), account);
            if (Boolean.TRUE.equals(item.closed())) {
                closing.close(added, Closure.closed(item.publicTitle(), item.legalBasis(), account.name()), account);
            }
            return added;
        });
        return ResponseEntity.status(HttpStatus.CREATED).body(item(itemId));
    }

    @PutMapping("/items/{id:\\d+}")
    ItemView updateItem(@PathVariable long id, @RequestBody ItemRequest item) {
        Account account = writerOfItem(id);
        refusedAs400(() -> {
            editing.updateItem(id, item.fields(), account);
            return null;
        });
        return item(id);
    }

    @DeleteMapping("/items/{id:\\d+}")
    ResponseEntity<Void> deleteItem(@PathVariable long id) {
        Account account = writerOfItem(id);
        refusedAs400(() -> {
            editing.deleteItem(id, account);
            return null;
        });
        return ResponseEntity.noContent().build();
    }

    /** An annex uploaded as {@code file} (multipart; a PDF or a text), titled {@code title} or by the file itself. */
    @PostMapping(path = "/items/{id:\\d+}/annexes", consumes = "multipart/form-data")
    ResponseEntity<ItemView> attachAnnex(@PathVariable long id, @RequestParam(required = false) MultipartFile file,
                                         @RequestParam(required = false) String title) {
        Account account = writerOfItem(id);
        refusedAs400(() -> Uploads.attach(editing, id, file, title, account));
        return ResponseEntity.status(HttpStatus.CREATED).body(item(id));
    }

    @PostMapping("/items/{id:\\d+}/move")
    ItemView moveItem(@PathVariable long id, @RequestBody Move move) {
        Account account = writerOfItem(id);
        refusedAs400(() -> {
            if (move.meeting() != null) {
                editing.moveToMeeting(id, move.meeting(), account);
            } else if ("up".equals(move.direction()) || "down".equals(move.direction())) {
                editing.moveItem(id, "up".equals(move.direction()) ? -1 : 1, account);
            } else {
                throw new AccessException(Messages.text("api.badMove"));
            }
            return null;
        });
        return item(id);
    }

    @PostMapping("/meetings/{id:\\d+}/release")
    MeetingView release(@PathVariable long id) {
        Account account = writerOf(id);
        refusedAs400(() -> editing.release(id, account));
        return meeting(id);
    }

    @PostMapping("/meetings/{id:\\d+}/publish")
    MeetingView publish(@PathVariable long id, @RequestBody(required = false) Publish publish) {
        Account account = writerOf(id);
        refusedAs400(() -> editing.publish(id, publish == null ? null : publish.at(), account));
        return meeting(id);
    }

    @PutMapping("/items/{id:\\d+}/decision")
    ItemView recordDecision(@PathVariable long id, @RequestBody Decision decision) {
        Account account = writerOfItem(id);
        refusedAs400(() -> {
            editing.recordDecision(id, decision.text(), account);
            return null;
        });
        return item(id);
    }

    /** The meeting's attendance as recorded now. */
    @PutMapping("/meetings/{id:\\d+}/attendance")
    List<AttendeeRequest> recordAttendance(@PathVariable long id, @RequestBody List<AttendeeRequest> attendance) {
        Account account = writerOf(id);
        refusedAs400(() -> {
            editing.recordAttendance(id, attendance.stream().map(AttendeeRequest::attendee).toList(), account);
            return null;
        });
        return agendas.recordedAttendance(id, account).stream().map(a -> new AttendeeRequest(a.name(),
                a.present() ? "present" : "afbud", a.municipality(), a.deputy())).toList();
    }

    @PostMapping("/meetings/{id:\\d+}/minutes/release")
    MeetingView releaseMinutes(@PathVariable long id) {
        Account account = writerOf(id);
        refusedAs400(() -> editing.releaseMinutes(id, account));
        return meeting(id);
    }

    private MeetingView meeting(long id) {
        return archive.meeting(id).orElseThrow(() -> NotFound.of("notFound.meeting", id));
    }

    private ItemView item(long id) {
        return archive.item(id).orElseThrow(() -> NotFound.of("notFound.item", id));
    }

    /** The account of the request, which writes the meeting's agenda. */
    private Account writerOf(long meetingId) {
        Account account = account();
        AuthoredAgendas.Agenda agenda = agendas.agenda(meetingId)
                .orElseThrow(() -> NotFound.of("notFound.meeting", meetingId));
        if (!AuthoredAgendas.mayWrite(account, agenda.kkr())) {
            throw forbidden(account);
        }
        return account;
    }

    /** The account of the request, which writes the agenda the item stands in. */
    private Account writerOfItem(long itemId) {
        return writerOf(agendas.agendaOfItem(itemId).orElseThrow(() -> NotFound.of("notFound.item", itemId))
                .meetingId());
    }

    private Account account() {
        return SignedInAccount.account(accounts)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED, Messages.text("api.loginNeeded")));
    }

    private static ResponseStatusException forbidden(Account account) {
        return new ResponseStatusException(HttpStatus.FORBIDDEN, Messages.text("authoring.notAllowed", account.name()));
    }

    /** Makes a change; a refusal (one Danish sentence) is answered 400. */
    private static <T> T refusedAs400(java.util.function.Supplier<T> change) {
        try {
            return change.get();
        } catch (AccessException | IllegalArgumentException refused) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, refused.getMessage());
        }
    }
}
