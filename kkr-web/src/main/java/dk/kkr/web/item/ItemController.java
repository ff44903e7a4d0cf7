package dk.kkr.web.item;

import dk.kkr.store.access.AccountStore;
import dk.kkr.store.access.ItemClosures;
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

/**
 * An agenda item: case, sections, the amounts, municipalities and deadlines it names, annexes, neighbours and
 * the way back to its place in the source; for the secretariat of its KKR and administrators, the form that closes
 * it ({@link ItemClosingController}).
 */
@Controller
class ItemController {

    private final ArchiveReader archive;
    private final ItemClosures closures;
    private final AccountStore accounts;

    ItemController(ArchiveReader archive, DataSource dataSource, AccountStore accounts) {
        this.archive = archive;
        this.closures = new ItemClosures(dataSource);
        this.accounts = accounts;
    }

    @GetMapping("/punkter/{id:\\d+}")
    String item(@PathVariable long id, Model model) {
        ItemView item = archive.item(id).orElseThrow(() -> NotFound.of("notFound.item", id));
        model.addAttribute("item", item);
        model.addAttribute("municipalities", NamedMunicipality.of(item.entities().municipalities()));
        boolean closeForm = SignedInAccount.current().flatMap(login -> accounts.find(login.getName()))
                .map(account -> closures.closable(id, account)).orElse(false);
        model.addAttribute("closeForm", closeForm);
        model.addAttribute("legalBases", closeForm ? closures.legalBases() : List.of());
        return "item";
    }
}
