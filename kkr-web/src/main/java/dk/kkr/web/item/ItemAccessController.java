package dk.kkr.web.item;

import dk.kkr.core.text.Messages;
import dk.kkr.search.ArchiveIndex;
import dk.kkr.service.access.ItemClosing;
import dk.kkr.store.Closure;
import dk.kkr.store.access.AccessException;
import dk.kkr.store.access.Account;
import dk.kkr.store.access.AccountStore;
import dk.kkr.store.access.ItemAccess;
import dk.kkr.web.login.SignedInAccount;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import javax.sql.DataSource;

/**
 * Who reads an item, set on its page (only for a login: {@code SecurityConfiguration}; the store checks that it is
 * the secretariat of the item's KKR or an administrator): closing it, with the public title and the legal basis
 * chosen from the list or written anew; publishing its decision's public wording, or withholding it; and leaving
 * members out of it (inhabil). The item page then says what was
 * done, or why not.
 */
@Controller
class ItemAccessController {

    private final ItemAccess access;
    private final ItemClosing closing;
    private final AccountStore accounts;

    ItemAccessController(DataSource dataSource, ArchiveIndex index, AccountStore accounts) {
        this.access = new ItemAccess(dataSource);
        this.closing = new ItemClosing(access, index);
        this.accounts = accounts;
    }

    @PostMapping("/punkter/{id:\\d+}/luk")
    String close(@PathVariable long id, @RequestParam(defaultValue = "") String offentligTitel,
                 @RequestParam(defaultValue = "") String hjemmel, @RequestParam(defaultValue = "") String nyHjemmel,
                 RedirectAttributes flash) {
        try {
            Account account = account();
            String basis = nyHjemmel.isBlank() ? hjemmel : nyHjemmel;
            closing.close(id, Closure.closed(offentligTitel, basis, account.name()), account);
            flash.addFlashAttribute("closedNow", true);
        } catch (AccessException | IllegalArgumentException refused) {
            flash.addFlashAttribute("accessError", refused.getMessage());
        }
        return "redirect:/punkter/" + id;
    }

    @PostMapping("/punkter/{id:\\d+}/inhabil")
    String exclude(@PathVariable long id, @RequestParam(defaultValue = "") String medlem,
                   @RequestParam(defaultValue = "ja") String inhabil, RedirectAttributes flash) {
        try {
            boolean excluded = !inhabil.equals("nej");
            access.exclude(id, medlem, excluded, account());
            flash.addFlashAttribute("exclusionDone",
                    Messages.text(excluded ? "exclusion.excluded" : "exclusion.included", medlem.strip()));
        } catch (AccessException refused) {
            flash.addFlashAttribute("accessError", refused.getMessage());
        }
        return "redirect:/punkter/" + id;
    }

    @PostMapping("/punkter/{id:\\d+}/beslutning")
    String decide(@PathVariable long id, @RequestParam(defaultValue = "") String ordlyd,
                  @RequestParam(defaultValue = "") String grund, RedirectAttributes flash) {
        try {
            access.decide(id, ordlyd, grund, account());
            flash.addFlashAttribute("decisionSaved", true);
        } catch (AccessException refused) {
            flash.addFlashAttribute("accessError", refused.getMessage());
        }
        return "redirect:/punkter/" + id;
    }

    private Account account() {
        return SignedInAccount.current().flatMap(login -> accounts.find(login.getName()))
                .orElseThrow(() -> new AccessException(Messages.text("closeItem.noAccount")));
    }
}
