package dk.kkr.web.meeting;

import dk.kkr.core.model.DocumentKind;
import dk.kkr.service.pdf.MeetingPdf;
import dk.kkr.store.AuthoredAgendas;
import dk.kkr.store.access.AccountStore;
import dk.kkr.web.NotFound;
import dk.kkr.web.login.SignedInAccount;
import dk.kkr.store.read.AgendaVersionView;
import dk.kkr.store.read.ArchiveReader;
import dk.kkr.store.read.DocumentRef;
import dk.kkr.store.read.MeetingView;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.List;
import java.util.Optional;

/**
 * A meeting: its header, its documents and, per document, its items nested by number; for an agenda written on the
 * platform, where it is in its life (draft, released, published) and, for those who write it, the way to the desk;
 * the agenda and the minutes as PDF.
 */
@Controller
class MeetingController {

    /** One document of the meeting with its item trees; agenda and minutes each list the items. */
    record DocumentItems(DocumentRef document, List<ItemNode> items) {
    }

    private final ArchiveReader archive;
    private final AuthoredAgendas agendas;
    private final AccountStore accounts;

    MeetingController(ArchiveReader archive, AuthoredAgendas agendas, AccountStore accounts) {
        this.archive = archive;
        this.agendas = agendas;
        this.accounts = accounts;
    }

    @GetMapping("/moeder/{id:\\d+}")
    String meeting(@PathVariable long id, Model model) {
        MeetingView meeting = archive.meeting(id).orElseThrow(() -> NotFound.of("notFound.meeting", id));
        model.addAttribute("meeting", meeting.meeting());
        model.addAttribute("documents", meeting.documents());
        model.addAttribute("itemsByDocument", meeting.documents().stream()
                .map(document -> new DocumentItems(document, ItemNode.forest(meeting.items().stream()
                        .filter(item -> item.documentId() == document.id()).toList())))
                .filter(entry -> !entry.items().isEmpty())
                .toList());
        // an agenda written on the platform: where it is in its life, and for its writers the way to the desk
        Optional<AuthoredAgendas.Agenda> agenda = agendas.agenda(id);
        model.addAttribute("agenda", agenda.orElse(null));
        model.addAttribute("writable", agenda.isPresent() && SignedInAccount.account(accounts)
                .map(account -> AuthoredAgendas.mayWrite(account, agenda.get().kkr())).orElse(false));
        model.addAttribute("versions", agenda.isPresent() ? archive.versions(id).size() : 0);
        model.addAttribute("agendaPdf", meeting.documents().stream()
                .anyMatch(d -> d.kind() == DocumentKind.AGENDA || d.kind() == DocumentKind.MINUTES));
        model.addAttribute("minutesPdf", meeting.documents().stream().anyMatch(d -> d.kind() == DocumentKind.MINUTES));
        return "meeting";
    }

    /** The meeting's agenda as a PDF, as the viewer reads it (closed content left out as on the pages). */
    @GetMapping("/moeder/{id:\\d+}/dagsorden.pdf")
    ResponseEntity<byte[]> agendaPdf(@PathVariable long id) {
        return pdf(id, MeetingPdf.Kind.AGENDA, "dagsorden");
    }

    /** The meeting's minutes as a PDF, as the viewer reads them. */
    @GetMapping("/moeder/{id:\\d+}/referat.pdf")
    ResponseEntity<byte[]> minutesPdf(@PathVariable long id) {
        return pdf(id, MeetingPdf.Kind.MINUTES, "referat");
    }

    private ResponseEntity<byte[]> pdf(long id, MeetingPdf.Kind kind, String name) {
        byte[] pdf = new MeetingPdf(archive).write(id, kind).orElseThrow(() -> NotFound.of("notFound.meeting", id));
        MeetingView meeting = archive.meeting(id).orElseThrow();
        String file = name + "-" + meeting.meeting().bodySlug() + "-" + meeting.meeting().date() + ".pdf";
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(file).build().toString())
                .body(pdf);
    }

    /** The versions of the meeting's agenda kept since its release, for those who may read them; newest first. */
    @GetMapping("/moeder/{id:\\d+}/versioner")
    String versions(@PathVariable long id, Model model) {
        MeetingView meeting = archive.meeting(id).orElseThrow(() -> NotFound.of("notFound.meeting", id));
        List<AgendaVersionView> versions = archive.versions(id);
        if (versions.isEmpty()) {
            throw NotFound.of("notFound.versions", id);
        }
        model.addAttribute("meeting", meeting.meeting());
        model.addAttribute("versions", versions);
        return "versions";
    }
}
