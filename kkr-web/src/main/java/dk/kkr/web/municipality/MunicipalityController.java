package dk.kkr.web.municipality;

import dk.kkr.web.NotFound;
import dk.kkr.store.read.ArchiveReader;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The 98 municipalities with how often the archive names them, and one municipality's items and documents. */
@Controller
class MunicipalityController {

    private final ArchiveReader archive;

    MunicipalityController(ArchiveReader archive) {
        this.archive = archive;
    }

    @GetMapping("/kommuner")
    String municipalities(Model model) {
        model.addAttribute("municipalities", archive.municipalities());
        return "municipalities";
    }

    @GetMapping("/kommuner/{code:\\d+}")
    String municipality(@PathVariable int code, Model model) {
        model.addAttribute("municipality", archive.municipality(code)
                .orElseThrow(() -> NotFound.of("notFound.municipality", code)));
        return "municipality";
    }
}
