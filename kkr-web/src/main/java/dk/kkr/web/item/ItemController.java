package dk.kkr.web.item;

import dk.kkr.web.NotFound;
import dk.kkr.store.read.ArchiveReader;
import dk.kkr.store.read.ItemView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * An agenda item: case, sections, the amounts, municipalities and deadlines it names, annexes, neighbours and
 * the way back to its place in the source.
 */
@Controller
class ItemController {

    private final ArchiveReader archive;

    ItemController(ArchiveReader archive) {
        this.archive = archive;
    }

    @GetMapping("/punkter/{id:\\d+}")
    String item(@PathVariable long id, Model model) {
        ItemView item = archive.item(id).orElseThrow(() -> NotFound.of("notFound.item", id));
        model.addAttribute("item", item);
        model.addAttribute("municipalities", NamedMunicipality.of(item.entities().municipalities()));
        return "item";
    }
}
