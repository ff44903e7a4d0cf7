package dk.kkr.web.home;

import dk.kkr.store.read.ArchiveReader;
import dk.kkr.store.read.BodyView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;

/**
 * The front page: the KKRs, their latest meetings, optionally of one KKR ({@code ?kkr=slug}), and the
 * latest imported documents, so that annexes not yet tied to a meeting can be found too.
 */
@Controller
class HomeController {

    private static final int LATEST = 20;

    private final ArchiveReader archive;

    HomeController(ArchiveReader archive) {
        this.archive = archive;
    }

    @GetMapping("/")
    String home(@RequestParam(name = "kkr", required = false) String slug, Model model) {
        List<BodyView> bodies = archive.bodies();
        BodyView chosen = bodies.stream().filter(b -> b.slug().equals(slug)).findFirst().orElse(null);
        model.addAttribute("bodies", bodies);
        model.addAttribute("chosen", chosen);
        model.addAttribute("meetings", chosen == null
                ? archive.latestMeetings(LATEST) : archive.latestMeetings(chosen.slug(), LATEST));
        model.addAttribute("documents", chosen == null
                ? archive.latestDocuments(LATEST) : archive.latestDocuments(chosen.slug(), LATEST));
        return "home";
    }
}
