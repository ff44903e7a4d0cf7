package dk.kkr.web.meeting;

import dk.kkr.web.NotFound;
import dk.kkr.store.read.ArchiveReader;
import dk.kkr.store.read.DocumentRef;
import dk.kkr.store.read.MeetingView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.List;

/** A meeting: its header, its documents and, per document, its items nested by number. */
@Controller
class MeetingController {

    /** One document of the meeting with its item trees; agenda and minutes each list the items. */
    record DocumentItems(DocumentRef document, List<ItemNode> items) {
    }

    private final ArchiveReader archive;

    MeetingController(ArchiveReader archive) {
        this.archive = archive;
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
        return "meeting";
    }
}
