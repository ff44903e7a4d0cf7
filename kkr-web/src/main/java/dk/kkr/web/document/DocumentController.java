package dk.kkr.web.document;

import dk.kkr.web.NotFound;
import dk.kkr.store.read.ArchiveReader;
import dk.kkr.store.read.DocumentView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A document: letterhead, source file, memos, its tables' total checks, and its full text with each item's
 * and each entity mention's place marked.
 */
@Controller
class DocumentController {

    private final ArchiveReader archive;

    DocumentController(ArchiveReader archive) {
        this.archive = archive;
    }

    @GetMapping("/dokumenter/{id:\\d+}")
    String document(@PathVariable long id, Model model) {
        DocumentView document = archive.document(id).orElseThrow(() -> NotFound.of("notFound.document", id));
        model.addAttribute("document", document);
        model.addAttribute("source", SourceBlock.of(document.text(), document.items(), document.mentions()));
        return "document";
    }
}
