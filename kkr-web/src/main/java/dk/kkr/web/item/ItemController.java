package dk.kkr.web.item;

import dk.kkr.store.access.Account;
import dk.kkr.store.access.AccountStore;
import dk.kkr.store.access.ItemAccess;
import dk.kkr.store.read.ArchiveReader;
import dk.kkr.store.read.ItemView;
import dk.kkr.web.NotFound;
import dk.kkr.web.login.SignedInAccount;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import javax.sql.DataSource;
import java.util.List;
import java.util.Optional;

/**
 * An agenda item: case, sections, the amounts, municipalities and deadlines it names, annexes, neighbours and
 * the way back to its place in the source; for the secretariat of its KKR and administrators, the forms that close
 * it or its single annexes and leave members out of it ({@link ItemAccessController}).
 */
@Controller
class ItemController {

    private final ArchiveReader archive;
    private final ItemAccess access;
    private final AccountStore accounts;

    ItemController(ArchiveReader archive, DataSource dataSource, AccountStore accounts) {
        this.archive = archive;
        this.access = new ItemAccess(dataSource);
        this.accounts = accounts;
    }

    @GetMapping("/punkter/{id:\\d+}")
    String item(@PathVariable long id, Model model) {
        ItemView item = archive.item(id).orElseThrow(() -> NotFound.of("notFound.item", id));
        model.addAttribute("item", item);
        model.addAttribute("municipalities", NamedMunicipality.of(item.entities().municipalities()));
        Optional<Account> account = SignedInAccount.current().flatMap(login -> accounts.find(login.getName()));
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
        return "item";
    }
}
