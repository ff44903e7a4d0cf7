package dk.kkr.web.item;

import dk.kkr.core.text.Messages;
import dk.kkr.search.ArchiveIndex;
import dk.kkr.service.access.ItemClosing;
import dk.kkr.store.Closure;
import dk.kkr.store.access.AccessException;
import dk.kkr.store.access.Account;
import dk.kkr.store.access.AccountStore;
import dk.kkr.store.access.ItemClosures;
import dk.kkr.web.login.SignedInAccount;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import javax.sql.DataSource;

/**
 * Closing an item from its page (only for a login: {@code SecurityConfiguration}): the public title and the legal
 * basis, chosen from the list or written anew. The item page then says it is closed, or why it was not.
 */
@Controller
class ItemClosingController {

    private final ItemClosing closing;
    private final AccountStore accounts;

    ItemClosingController(DataSource dataSource, ArchiveIndex index, AccountStore accounts) {
        this.closing = new ItemClosing(new ItemClosures(dataSource), index);
        this.accounts = accounts;
    }

    @PostMapping("/punkter/{id:\\d+}/luk")
    String close(@PathVariable long id, @RequestParam(defaultValue = "") String offentligTitel,
                 @RequestParam(defaultValue = "") String hjemmel, @RequestParam(defaultValue = "") String nyHjemmel,
                 RedirectAttributes flash) {
        Account account = SignedInAccount.current().flatMap(login -> accounts.find(login.getName()))
                .orElseThrow(() -> new AccessException(Messages.text("closeItem.noAccount")));
        try {
            String basis = nyHjemmel.isBlank() ? hjemmel : nyHjemmel;
            closing.close(id, Closure.closed(offentligTitel, basis, account.name()), account);
            flash.addFlashAttribute("closedNow", true);
        } catch (AccessException | IllegalArgumentException refused) {
            flash.addFlashAttribute("closeError", refused.getMessage());
        }
        return "redirect:/punkter/" + id;
    }
}
