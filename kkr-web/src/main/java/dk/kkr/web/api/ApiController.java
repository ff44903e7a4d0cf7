package dk.kkr.web.api;

import dk.kkr.web.NotFound;
import dk.kkr.store.read.ArchiveReader;
import dk.kkr.store.read.DocumentSummary;
import dk.kkr.store.read.BodyView;
import dk.kkr.store.read.DocumentView;
import dk.kkr.store.read.ItemView;
import dk.kkr.store.read.MeetingSummary;
import dk.kkr.store.read.MeetingView;
import dk.kkr.store.read.MunicipalitySummary;
import dk.kkr.store.read.MunicipalityView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * The JSON API: the read side's views as they are, with their English camelCase field names; dates
 * ISO 8601, spans as {@code {"start", "end"}} character offsets. A missing id answers 404
 * {@code {"error": "…"}}.
 */
@RestController
@RequestMapping(path = "/api", produces = "application/json")
class ApiController {

    private static final int MAX_LIST = 500;

    private final ArchiveReader archive;

    ApiController(ArchiveReader archive) {
        this.archive = archive;
    }

    @GetMapping("/bodies")
    List<BodyView> bodies() {
        return archive.bodies();
    }

    /** The latest meetings, of one body if {@code body} (a slug) is given; at most {@code limit}, up to 500. */
    @GetMapping("/meetings")
    List<MeetingSummary> meetings(@RequestParam(required = false) String body,
                                  @RequestParam(defaultValue = "50") int limit) {
        int capped = Math.clamp(limit, 0, MAX_LIST);
        return body == null ? archive.latestMeetings(capped) : archive.latestMeetings(body, capped);
    }

    /** The latest imported documents (whole files), newest first, optionally of one KKR; {@code limit} at most 500. */
    @GetMapping("/documents")
    List<DocumentSummary> documents(@RequestParam(required = false) String body,
                                    @RequestParam(defaultValue = "50") int limit) {
        int capped = Math.clamp(limit, 0, MAX_LIST);
        return body == null ? archive.latestDocuments(capped) : archive.latestDocuments(body, capped);
    }

    @GetMapping("/meetings/{id:\\d+}")
    MeetingView meeting(@PathVariable long id) {
        return archive.meeting(id).orElseThrow(() -> NotFound.of("notFound.meeting", id));
    }

    @GetMapping("/items/{id:\\d+}")
    ItemView item(@PathVariable long id) {
        return archive.item(id).orElseThrow(() -> NotFound.of("notFound.item", id));
    }

    @GetMapping("/documents/{id:\\d+}")
    DocumentView document(@PathVariable long id) {
        return archive.document(id).orElseThrow(() -> NotFound.of("notFound.document", id));
    }

    /** All 98 municipalities, each with how many items and mentions name it. */
    @GetMapping("/municipalities")
    List<MunicipalitySummary> municipalities() {
        return archive.municipalities();
    }

    /** A municipality by its code, with the items (newest meeting first) and documents that name it. */
    @GetMapping("/municipalities/{code:\\d+}")
    MunicipalityView municipality(@PathVariable int code) {
        return archive.municipality(code).orElseThrow(() -> NotFound.of("notFound.municipality", code));
    }
}
