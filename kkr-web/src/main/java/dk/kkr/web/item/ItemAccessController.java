package dk.kkr.web.item;

import dk.kkr.core.text.Messages;
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
import java.util.function.Consumer;

/**
 * Who reads an item, set on its page (only for a login: {@code SecurityConfiguration}; the store checks that it is
 * the secretariat of the item's KKR or an administrator): closing it, or one of its annexes, with the public title
 * and the legal basis chosen from the list or written anew; publishing its decision's public wording, or withholding it; and leaving
 * members out of it (inhabil). The item page then says what was
 * done, or why not.
 */
@Controller
class ItemAccessController {

    private final ItemAccess access;
    private final ItemClosing closing;
    private final AccountStore accounts;

    ItemAccessController(DataSource dataSource, ItemClosing closing, AccountStore accounts) {
        this.access = new ItemAccess(dataSource);
        this.closing = closing;
        this.accounts = accounts;
    }

    @PostMapping("/punkter/{id:\\d+}/luk")
    String close(@PathVariable long id, @RequestParam(defaultValue = "") String offentligTitel,
                 @RequestParam(defaultValue = "") String hjemmel, @RequestParam(defaultValue = "") String nyHjemmel,
                 RedirectAttributes flash) {
        String basis = nyHjemmel.isBlank() ? hjemmel : nyHjemmel;
        return change(id, flash, "closedNow", true,
                account -> closing.close(id, Closure.closed(offentligTitel, basis, account.name()), account));
    }

    @PostMapping("/punkter/{id:\\d+}/bilag/{annex:\\d+}/luk")
    String closeAnnex(@PathVariable long id, @PathVariable long annex,
                      @RequestParam(defaultValue = "") String offentligTitel,
                      @RequestParam(defaultValue = "") String hjemmel,
                      @RequestParam(defaultValue = "") String nyHjemmel, RedirectAttributes flash) {
        String basis = nyHjemmel.isBlank() ? hjemmel : nyHjemmel;
        return change(id, flash, "annexClosedNow", true,
                account -> closing.closeAnnex(annex, Closure.closed(offentligTitel, basis, account.name()), account));
    }

    @PostMapping("/punkter/{id:\\d+}/inhabil")
    String exclude(@PathVariable long id, @RequestParam(defaultValue = "") String medlem,
                   @RequestParam(defaultValue = "ja") String inhabil, RedirectAttributes flash) {
        boolean excluded = !inhabil.equals("nej");
        return change(id, flash, "exclusionDone",
                Messages.text(excluded ? "exclusion.excluded" : "exclusion.included", medlem.strip()),
                account -> access.exclude(id, medlem, excluded, account));
    }

    @PostMapping("/punkter/{id:\\d+}/beslutning")
    String decide(@PathVariable long id, @RequestParam(defaultValue = "") String ordlyd,
                  @RequestParam(defaultValue = "") String grund, RedirectAttributes flash) {
        return change(id, flash, "decisionSaved", true, account -> access.decide(id, ordlyd, grund, account));
    }

    /**
     * Makes a change to item {@code id} as the logged-in account and goes back to the item's page, which says it is
     * done ({@code done} set to {@code doneValue}) or, in one Danish line, why it was refused.
     */
    private String change(long id, RedirectAttributes flash, String done, Object doneValue, Consumer<Account> change) {
        try {
            change.accept(account());
            flash.addFlashAttribute(done, doneValue);
        } catch (AccessException | IllegalArgumentException refused) {
            flash.addFlashAttribute("accessError", refused.getMessage());
        }
        return "redirect:/punkter/" + id;
    }

    private Account account() {
        return SignedInAccount.account(accounts)
                .orElseThrow(() -> new AccessException(Messages.text("closeItem.noAccount")));
    }
}
