package dk.kkr.web.authoring;

import dk.kkr.core.model.AuthoredAgenda;
import dk.kkr.core.text.Messages;
import dk.kkr.service.authoring.MeetingEditing;
import dk.kkr.store.AgendaReviews;
import dk.kkr.store.AuthoredAgendas;
import dk.kkr.store.access.AccessException;
import dk.kkr.store.access.Account;
import dk.kkr.store.access.AccountStore;
import dk.kkr.store.read.ArchiveReader;
import dk.kkr.store.read.ItemSummary;
import dk.kkr.store.read.ItemView;
import dk.kkr.store.read.MeetingView;
import dk.kkr.store.read.SectionView;
import dk.kkr.web.NotFound;
import dk.kkr.web.login.SignedInAccount;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The secretariat's desk (only for a login that writes the KKR's agendas: its secretariat, or an administrator): a new
 * meeting, the agenda being written — items added under a group, edited, moved, deleted — its release to the members
 * and its publication, and the KKR's agenda template. Every form works without JavaScript; each change goes back to
 * the page it came from, which says it is done or, in one Danish line, why not. Anyone else is answered as if the
 * pages did not exist.
 */
@Controller
class AgendaDeskController {

    /** Danish time, in which the secretariat writes the moment of publication. */
    private static final ZoneId DENMARK = ZoneId.of("Europe/Copenhagen");
    /** A line of the template as written: its number ("3." or "3.1.") and its title. */
    /** A decision's field in the form: "beslutning-" and its item's id. */
    private static final Pattern DECISION_FIELD = Pattern.compile("beslutning-(\\d{1,18})");
    private static final Pattern TEMPLATE_LINE = Pattern.compile("^\\s*(\\d+)\\.?(\\d+)?\\.?\\s+(\\S.*)$");

    private final MeetingEditing editing;
    private final AuthoredAgendas agendas;
    private final AccountStore accounts;
    private final ArchiveReader archive;
    private final AgendaReviews reviews;

    AgendaDeskController(MeetingEditing editing, AccountStore accounts, ArchiveReader archive, AgendaReviews reviews) {
        this.editing = editing;
        this.agendas = editing.agendas();
        this.accounts = accounts;
        this.archive = archive;
        this.reviews = reviews;
    }

    // ---- a new meeting

    @GetMapping("/moeder/nyt")
    String newMeeting(Model model) {
        List<String> kkrs = AuthoredAgendas.writable(account());
        if (kkrs.isEmpty()) {
            throw NotFound.of("notFound.desk", 0);
        }
        model.addAttribute("kkrs", kkrs);
        model.addAttribute("bodies", archive.bodies());
        return "authoring/new-meeting";
    }

    @PostMapping("/moeder/nyt")
    String createMeeting(@RequestParam(defaultValue = "") String kkr, @RequestParam(defaultValue = "") String dato,
                         @RequestParam(defaultValue = "") String tid, @RequestParam(defaultValue = "") String sted,
                         RedirectAttributes flash) {
        try {
            AuthoredAgendas.Agenda agenda = editing.createMeeting(kkr, date(dato), time(tid), sted, account());
            flash.addFlashAttribute("deskDone", Messages.text("desk.created"));
            return "redirect:/moeder/" + agenda.meetingId() + "/dagsorden";
        } catch (AccessException refused) {
            flash.addFlashAttribute("deskError", refused.getMessage());
            return "redirect:/moeder/nyt";
        }
    }

    // ---- the agenda

    @GetMapping("/moeder/{id:\\d+}/dagsorden")
    String desk(@PathVariable long id, Model model) {
        AuthoredAgendas.Agenda agenda = writable(id);
        MeetingView meeting = archive.meeting(id).orElseThrow(() -> NotFound.of("notFound.meeting", id));
        List<ItemSummary> entries = meeting.items().stream()
                .filter(item -> item.documentId() == agenda.documentId()).toList();
        model.addAttribute("meeting", meeting.meeting());
        model.addAttribute("agenda", agenda);
        model.addAttribute("entries", entries);
        model.addAttribute("later", agendas.laterAgendas(id).stream()
                .map(later -> archive.meeting(later.meetingId()).orElseThrow().meeting()).toList());
        model.addAttribute("candidates", reviews.candidates(id));
        model.addAttribute("reviewers", reviews.reviewers(id));
        model.addAttribute("comments", reviews.comments(id, account()));
        return "authoring/desk";
    }

    @PostMapping("/moeder/{id:\\d+}/gennemlaesning")
    String sendForReview(@PathVariable long id, @RequestParam(defaultValue = "") List<String> laesere,
                         @RequestParam(defaultValue = "") String besked, RedirectAttributes flash) {
        return change("/moeder/" + id + "/dagsorden", flash, "review.sent", () -> {
            reviews.send(id, laesere, besked, account());
            return null;
        });
    }

    @PostMapping("/moeder/{id:\\d+}/udsend")
    String release(@PathVariable long id, RedirectAttributes flash) {
        return change("/moeder/" + id + "/dagsorden", flash, "desk.released", () -> editing.release(id, account()));
    }

    @PostMapping("/moeder/{id:\\d+}/offentliggoer")
    String publish(@PathVariable long id, @RequestParam(defaultValue = "") String tidspunkt,
                   RedirectAttributes flash) {
        return change("/moeder/" + id + "/dagsorden", flash, tidspunkt.isBlank() ? "desk.published" : "desk.scheduled",
                () -> editing.publish(id, moment(tidspunkt), account()));
    }

    // ---- after the meeting: attendance, decisions, minutes

    /** Empty rows the attendance form offers below the people listed, for those not listed yet. */
    private static final int EMPTY_ATTENDANCE_ROWS = 3;

    @GetMapping("/moeder/{id:\\d+}/beslutninger")
    String minutes(@PathVariable long id, Model model) {
        AuthoredAgendas.Agenda agenda = writable(id);
        MeetingView meeting = archive.meeting(id).orElseThrow(() -> NotFound.of("notFound.meeting", id));
        List<AuthoredAgenda.Attendee> attendees = new ArrayList<>(agendas.attendance(id, account()));
        for (int i = 0; i < EMPTY_ATTENDANCE_ROWS; i++) {
            attendees.add(new AuthoredAgenda.Attendee("", null, true, null));
        }
        model.addAttribute("meeting", meeting.meeting());
        model.addAttribute("agenda", agenda);
        model.addAttribute("items", meeting.items().stream()
                .filter(item -> item.documentId() == agenda.documentId() && item.parentId() != null).toList());
        model.addAttribute("decisions", agendas.decisions(id, account()));
        model.addAttribute("attendees", attendees);
        return "authoring/minutes";
    }

    @PostMapping("/moeder/{id:\\d+}/fremmoede")
    String recordAttendance(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes flash) {
        return change("/moeder/" + id + "/beslutninger", flash, "desk.attendanceSaved", () -> {
            List<AuthoredAgenda.Attendee> attendees = new ArrayList<>();
            for (int row = 0; form.containsKey("navn-" + row); row++) {
                String name = form.get("navn-" + row);
                if (!name.isBlank()) {
                    attendees.add(new AuthoredAgenda.Attendee(name, form.get("kommune-" + row),
                            !"afbud".equals(form.get("status-" + row)), form.get("stedfortraeder-" + row)));
                }
            }
            editing.recordAttendance(id, attendees, account());
            return null;
        });
    }

    @PostMapping("/moeder/{id:\\d+}/beslutninger")
    String recordDecisions(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes flash) {
        return change("/moeder/" + id + "/beslutninger", flash, "desk.decisionsSaved", () -> {
            writable(id);
            Map<Long, String> recorded = agendas.decisions(id, account());
            form.forEach((name, text) -> {
                Matcher field = DECISION_FIELD.matcher(name);
                if (field.matches()) {
                    long item = Long.parseLong(field.group(1));
                    if (!text.strip().equals(recorded.getOrDefault(item, ""))) {
                        editing.recordDecision(item, text, account());
                    }
                }
            });
            return null;
        });
    }

    @PostMapping("/moeder/{id:\\d+}/referat/udsend")
    String releaseMinutes(@PathVariable long id, RedirectAttributes flash) {
        return change("/moeder/" + id + "/beslutninger", flash, "desk.minutesReleased",
                () -> editing.releaseMinutes(id, account()));
    }

    // ---- items

    @GetMapping("/moeder/{id:\\d+}/punkter/nyt")
    String newItem(@PathVariable long id, @RequestParam(defaultValue = "0") int gruppe, Model model) {
        writable(id);
        model.addAttribute("meeting", archive.meeting(id).orElseThrow().meeting());
        model.addAttribute("group", gruppe);
        model.addAttribute("action", "/moeder/" + id + "/punkter");
        model.addAttribute("fields", Map.of());
        model.addAttribute("headings", AuthoredAgendas.ItemFields.HEADINGS);
        return "authoring/item-form";
    }

    @PostMapping("/moeder/{id:\\d+}/punkter")
    String addItem(@PathVariable long id, @RequestParam(defaultValue = "0") int gruppe,
                   @RequestParam Map<String, String> form, RedirectAttributes flash) {
        return change("/moeder/" + id + "/dagsorden", flash, "desk.added",
                () -> editing.addItem(id, gruppe, fields(form), account()));
    }

    @GetMapping("/punkter/{id:\\d+}/rediger")
    String editItem(@PathVariable long id, Model model) {
        AuthoredAgendas.Agenda agenda = agendas.agendaOfItem(id)
                .orElseThrow(() -> NotFound.of("notFound.item", id));
        writable(agenda.meetingId());
        ItemView item = archive.item(id).orElseThrow(() -> NotFound.of("notFound.item", id));
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("titel", item.title());
        fields.put("sagsId", item.caseNumber() == null ? "" : item.caseNumber());
        fields.put("sagsbehandler", item.caseOwner() == null ? "" : item.caseOwner());
        for (SectionView section : item.sections()) {
            fields.put(section.heading(), section.text());
        }
        model.addAttribute("meeting", item.meeting());
        model.addAttribute("item", item);
        model.addAttribute("action", "/punkter/" + id + "/rediger");
        model.addAttribute("fields", fields);
        model.addAttribute("headings", AuthoredAgendas.ItemFields.HEADINGS);
        return "authoring/item-form";
    }

    @PostMapping("/punkter/{id:\\d+}/rediger")
    String updateItem(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes flash) {
        return change(deskOf(id), flash, "desk.saved", () -> {
            editing.updateItem(id, fields(form), account());
            return null;
        });
    }

    @PostMapping("/punkter/{id:\\d+}/bilag")
    String attachAnnex(@PathVariable long id, @RequestParam(required = false) MultipartFile fil,
                       @RequestParam(defaultValue = "") String titel, RedirectAttributes flash) {
        return change("/punkter/" + id + "/rediger", flash, "desk.annexAttached",
                () -> Uploads.attach(editing, id, fil, titel, account()));
    }

    @PostMapping("/punkter/{id:\\d+}/flyt")
    String moveItem(@PathVariable long id, @RequestParam(defaultValue = "") String retning,
                    @RequestParam(required = false) Long moede, RedirectAttributes flash) {
        String desk = deskOf(id);
        return change(desk, flash, moede == null ? "desk.moved" : "desk.movedToMeeting", () -> {
            if (moede != null) {
                editing.moveToMeeting(id, moede, account());
            } else {
                editing.moveItem(id, retning.equals("op") ? -1 : 1, account());
            }
            return null;
        });
    }

    @PostMapping("/punkter/{id:\\d+}/slet")
    String deleteItem(@PathVariable long id, RedirectAttributes flash) {
        return change(deskOf(id), flash, "desk.deleted", () -> {
            editing.deleteItem(id, account());
            return null;
        });
    }

    // ---- the template

    @GetMapping("/skabeloner/{kkr:[a-z]+}")
    String template(@PathVariable String kkr, Model model) {
        if (!AuthoredAgendas.mayWrite(account(), kkr)) {
            throw NotFound.of("notFound.desk", 0);
        }
        StringBuilder lines = new StringBuilder();
        int group = 0;
        int item = 0;
        for (AuthoredAgenda.Entry entry : agendas.template(kkr)) {
            if (entry.group()) {
                group++;
                item = 0;
                lines.append(group).append(". ");
            } else {
                lines.append(group).append('.').append(++item).append(". ");
            }
            lines.append(entry.title()).append('\n');
        }
        model.addAttribute("kkr", kkr);
        model.addAttribute("body", archive.bodies().stream().filter(b -> b.slug().equals(kkr)).findFirst()
                .orElseThrow().name());
        model.addAttribute("lines", lines.toString());
        return "authoring/template";
    }

    @PostMapping("/skabeloner/{kkr:[a-z]+}")
    String keepTemplate(@PathVariable String kkr, @RequestParam(defaultValue = "") String linjer,
                        RedirectAttributes flash) {
        return change("/skabeloner/" + kkr, flash, "desk.templateKept", () -> {
            List<AuthoredAgenda.Entry> entries = new ArrayList<>();
            for (String line : linjer.split("\\R")) {
                if (line.isBlank()) {
                    continue;
                }
                Matcher m = TEMPLATE_LINE.matcher(line);
                if (!m.matches()) {
                    throw new AccessException(Messages.text("desk.templateLine", line.strip()));
                }
                entries.add(AuthoredAgenda.Entry.titled(m.group(2) == null, m.group(3).strip()));
            }
            agendas.keepTemplate(kkr, entries, account());
            return null;
        });
    }

    // ---- helpers

    /**
     * Makes a change as the logged-in account and goes back to {@code back}, which says it is done (the message
     * {@code doneKey}) or, in one Danish line, why it was refused.
     */
    private String change(String back, RedirectAttributes flash, String doneKey, Supplier<?> change) {
        try {
            change.get();
            flash.addFlashAttribute("deskDone", Messages.text(doneKey));
        } catch (AccessException refused) {
            flash.addFlashAttribute("deskError", refused.getMessage());
        }
        return "redirect:" + back;
    }

    /** The desk of the agenda item {@code itemId} stands in. */
    private String deskOf(long itemId) {
        return agendas.agendaOfItem(itemId).map(a -> "/moeder/" + a.meetingId() + "/dagsorden")
                .orElseThrow(() -> NotFound.of("notFound.item", itemId));
    }

    /** The meeting's authored agenda, if the logged-in account writes it; else the page does not exist. */
    private AuthoredAgendas.Agenda writable(long meetingId) {
        return agendas.agenda(meetingId).filter(agenda -> AuthoredAgendas.mayWrite(account(), agenda.kkr()))
                .orElseThrow(() -> NotFound.of("notFound.meeting", meetingId));
    }

    private Account account() {
        return SignedInAccount.account(accounts)
                .orElseThrow(() -> new AccessException(Messages.text("closeItem.noAccount")));
    }

    /** An item's fields as the form gives them. */
    private static AuthoredAgendas.ItemFields fields(Map<String, String> form) {
        Map<String, String> sections = new LinkedHashMap<>();
        for (String heading : AuthoredAgendas.ItemFields.HEADINGS) {
            sections.put(heading, form.getOrDefault(heading, ""));
        }
        return new AuthoredAgendas.ItemFields(form.getOrDefault("titel", ""), form.get("sagsId"),
                form.get("sagsbehandler"), sections);
    }

    private static LocalDate date(String text) {
        try {
            return text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new AccessException(Messages.text("desk.badDate", text.strip()));
        }
    }

    private static LocalTime time(String text) {
        try {
            return text.isBlank() ? null : LocalTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new AccessException(Messages.text("desk.badTime", text.strip()));
        }
    }

    /** A moment written as the browser's date-and-time field gives it, in Danish time; null when blank. */
    private static OffsetDateTime moment(String text) {
        try {
            return text.isBlank() ? null : LocalDateTime.parse(text.strip()).atZone(DENMARK).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            throw new AccessException(Messages.text("desk.badMoment", text.strip()));
        }
    }
}
