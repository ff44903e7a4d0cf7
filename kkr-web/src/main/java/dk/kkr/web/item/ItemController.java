package dk.kkr.web.item;

import dk.kkr.store.access.Account;
import dk.kkr.store.access.AccountStore;
import dk.kkr.store.access.AccessException;
import dk.kkr.store.access.ItemAccess;
import dk.kkr.store.access.ItemNotes;
import dk.kkr.store.AgendaReviews;
import dk.kkr.store.AuthoredAgendas;
import dk.kkr.store.read.ArchiveReader;
import dk.kkr.store.read.ItemView;
import dk.kkr.web.NotFound;
import dk.kkr.web.login.SignedInAccount;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import javax.sql.DataSource;
import java.util.List;
import java.util.Optional;

/**
 * An agenda item: case, sections, the amounts, municipalities and deadlines it names, annexes, neighbours and
 * the way back to its place in the source; for the secretariat of its KKR and administrators, the forms that close
 * it or its single annexes and leave members out of it ({@link ItemAccessController}); for any account that reads it,
 * its own private note on it.
 */
@Controller
class ItemController {

    private final ArchiveReader archive;
    private final ItemAccess access;
    private final AccountStore accounts;
    private final ItemNotes notes;
    private final AuthoredAgendas agendas;
    private final AgendaReviews reviews;

    ItemController(ArchiveReader archive, DataSource dataSource, AccountStore accounts, AuthoredAgendas agendas,
                   AgendaReviews reviews) {
        this.archive = archive;
        this.access = new ItemAccess(dataSource);
        this.accounts = accounts;
        this.notes = new ItemNotes(dataSource);
        this.agendas = agendas;
        this.reviews = reviews;
    }

    /** Keeps the logged-in account's comment on an item of a draft agenda it reviews (or writes). */
    @PostMapping("/punkter/{id:\\d+}/kommentar")
    String comment(@PathVariable long id, @RequestParam(defaultValue = "") String kommentar,
                   RedirectAttributes flash) {
        archive.item(id).orElseThrow(() -> NotFound.of("notFound.item", id));
        Account account = SignedInAccount.account(accounts).orElseThrow(() -> NotFound.of("notFound.item", id));
        try {
            reviews.comment(id, kommentar, account);
            flash.addFlashAttribute("commentSaved", true);
        } catch (AccessException refused) {
            flash.addFlashAttribute("accessError", refused.getMessage());
        }
        return "redirect:/punkter/" + id + "#gennemlaesning";
    }

    /** Keeps the logged-in account's private note on an item it reads in full. */
    @PostMapping("/punkter/{id:\\d+}/note")
    String keepNote(@PathVariable long id, @RequestParam(defaultValue = "") String note, RedirectAttributes flash) {
        ItemView item = archive.item(id).filter(view -> !view.isStub())
                .orElseThrow(() -> NotFound.of("notFound.item", id));
        Account account = SignedInAccount.account(accounts)
                .orElseThrow(() -> NotFound.of("notFound.item", id));
        try {
            notes.keep(item.id(), account.name(), note);
            flash.addFlashAttribute("noteSaved", true);
        } catch (AccessException refused) {
            flash.addFlashAttribute("accessError", refused.getMessage());
        }
        return "redirect:/punkter/" + id;
    }

    @GetMapping("/punkter/{id:\\d+}")
    String item(@PathVariable long id, Model model) {
        ItemView item = archive.item(id).orElseThrow(() -> NotFound.of("notFound.item", id));
        model.addAttribute("item", item);
        model.addAttribute("municipalities", NamedMunicipality.of(item.entities().municipalities()));
        Optional<Account> account = SignedInAccount.account(accounts);
        boolean closeForm = account.map(a -> access.closable(id, a)).orElse(false);
        boolean annexForm = account.map(a -> access.annexesClosable(id, a)).orElse(false);
        model.addAttribute("closeForm", closeForm);
        model.addAttribute("annexForm", annexForm);
        model.addAttribute("legalBases", closeForm || annexForm ? access.legalBases() : List.of());
        model.addAttribute("decisionForm", account.map(a -> access.decidable(id, a)).orElse(false));
        boolean exclusionForm = account.map(a -> access.mayExclude(id, a)).orElse(false);
        model.addAttribute("exclusionForm", exclusionForm);
        model.addAttribute("excluded", exclusionForm ? access.excluded(id) : List.of());
        model.addAttribute("includable", exclusionForm ? access.includable(id) : List.of());
        // the account's own private note, which nobody else reads (null: no form, for the public and on a stub)
        model.addAttribute("note", item.isStub() ? null
                : account.map(a -> notes.note(id, a.name()).orElse("")).orElse(null));
        // the review of a draft agenda written here: its comments on this item, for those who take part in it
        Optional<AuthoredAgendas.Agenda> agenda = agendas.agendaOfItem(id);
        boolean reviewing = agenda.isPresent() && account.map(a -> reviews.takesPart(agenda.get().meetingId(), a))
                .orElse(false) && !reviews.reviewers(agenda.get().meetingId()).isEmpty();
        model.addAttribute("reviewComments", reviewing ? reviews.comments(agenda.get().meetingId(), account.get())
                .stream().filter(c -> c.itemId() == id).toList() : null);
        model.addAttribute("commentForm", reviewing && agenda.get().stage() == AuthoredAgendas.Stage.DRAFT);
        return "item";
    }
}
