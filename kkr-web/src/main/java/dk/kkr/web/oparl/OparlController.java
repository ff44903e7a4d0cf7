package dk.kkr.web.oparl;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.kkr.core.text.Messages;
import dk.kkr.web.NotFound;
import dk.kkr.web.SiteUrl;
import dk.kkr.store.oparl.OparlReader;
import dk.kkr.store.oparl.OparlReader.Body;
import dk.kkr.store.oparl.OparlReader.Slice;
import dk.kkr.store.oparl.OparlReader.Stamp;
import dk.kkr.store.oparl.OparlReader.Window;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.BiFunction;

/**
 * The OParl 1.1 endpoint, entered at {@code /oparl/v1.1/} (the System). Every object has a stable URL by
 * its database id: {@code /bodies/{id}}, {@code /organizations/{bodyId}}, {@code /meetings/{id}},
 * {@code /agendaitems/{id}}, {@code /papers/{caseId}}, {@code /consultations/{itemId}}, {@code /files/{id}}
 * (its text at {@code /files/{id}/text.txt}), {@code /locations/{key}} and
 * {@code /legislativeterms/{bodyId}-{startYear}}, {@code /persons/{id}} and {@code /memberships/{personId}}
 * (a member's one membership of the KKR); each body's lists are under {@code /bodies/{id}/…}.
 */
@RestController
@RequestMapping(path = OparlController.ROOT, produces = MediaType.APPLICATION_JSON_VALUE)
class OparlController {

    static final String ROOT = "/oparl/v1.1";

    private final OparlReader reader;
    private final ObjectMapper json;
    private final SiteUrl site;

    OparlController(OparlReader reader, ObjectMapper json, SiteUrl site) {
        this.reader = reader;
        this.site = site;
        this.json = json;
    }

    private OparlObjects objects() {
        return new OparlObjects(json, reader, site.root());
    }

    private OparlPaging paging(Map<String, String> params) {
        return new OparlPaging(site.current(), params);
    }

    @GetMapping({"", "/"})
    ObjectNode system() {
        return objects().system();
    }

    @GetMapping("/bodies")
    ObjectNode bodies(@RequestParam Map<String, String> params) {
        OparlPaging paging = paging(params);
        OparlObjects objects = objects();
        return paging.page(json, reader.bodies(paging.window()), objects::body);
    }

    @GetMapping("/bodies/{id:\\d+}")
    ObjectNode body(@PathVariable long id) {
        return objects().body(body(id, "notFound.body"));
    }

    @GetMapping("/bodies/{id:\\d+}/organizations")
    ObjectNode organizations(@PathVariable long id, @RequestParam Map<String, String> params) {
        Body body = body(id, "notFound.body");
        OparlObjects objects = objects();
        return paging(params).page(json, List.of(body), Body::stamp, objects::organization);
    }

    @GetMapping("/bodies/{id:\\d+}/people")
    ObjectNode people(@PathVariable long id, @RequestParam Map<String, String> params) {
        return bodyList(id, params, reader::people, objects()::person);
    }

    @GetMapping("/bodies/{id:\\d+}/memberships")
    ObjectNode memberships(@PathVariable long id, @RequestParam Map<String, String> params) {
        return bodyList(id, params, reader::members, objects()::membership);
    }

    @GetMapping("/bodies/{id:\\d+}/meetings")
    ObjectNode meetings(@PathVariable long id, @RequestParam Map<String, String> params) {
        return bodyList(id, params, reader::meetings, objects()::meeting);
    }

    @GetMapping("/bodies/{id:\\d+}/agendaitems")
    ObjectNode agendaItems(@PathVariable long id, @RequestParam Map<String, String> params) {
        return bodyList(id, params, reader::items, objects()::agendaItem);
    }

    @GetMapping("/bodies/{id:\\d+}/consultations")
    ObjectNode consultations(@PathVariable long id, @RequestParam Map<String, String> params) {
        return bodyList(id, params, reader::consultations, objects()::consultation);
    }

    @GetMapping("/bodies/{id:\\d+}/papers")
    ObjectNode papers(@PathVariable long id, @RequestParam Map<String, String> params) {
        return bodyList(id, params, reader::papers, objects()::paper);
    }

    @GetMapping("/bodies/{id:\\d+}/files")
    ObjectNode files(@PathVariable long id, @RequestParam Map<String, String> params) {
        return bodyList(id, params, reader::files, objects()::file);
    }

    @GetMapping("/bodies/{id:\\d+}/locations")
    ObjectNode locations(@PathVariable long id, @RequestParam Map<String, String> params) {
        return bodyList(id, params, reader::locations, objects()::location);
    }

    @GetMapping("/bodies/{id:\\d+}/legislativeterms")
    ObjectNode legislativeTerms(@PathVariable long id, @RequestParam Map<String, String> params) {
        body(id, "notFound.body");
        OparlObjects objects = objects();
        return paging(params).page(json, LegislativeTerm.ALL, term -> new Stamp(null, null),
                term -> objects.legislativeTerm(id, term));
    }

    @GetMapping("/organizations/{id:\\d+}")
    ObjectNode organization(@PathVariable long id) {
        return objects().organization(body(id, "notFound.organization"));
    }

    @GetMapping("/persons/{id:\\d+}")
    ObjectNode person(@PathVariable long id) {
        return objects().person(reader.person(id).orElseThrow(() -> NotFound.of("notFound.person", id)));
    }

    @GetMapping("/memberships/{id:\\d+}")
    ObjectNode membership(@PathVariable long id) {
        return objects().membership(reader.person(id).filter(person -> person.memberSince() != null)
                .orElseThrow(() -> NotFound.of("notFound.membership", id)));
    }

    @GetMapping("/meetings/{id:\\d+}")
    ObjectNode meeting(@PathVariable long id) {
        return objects().meeting(reader.meeting(id).orElseThrow(() -> NotFound.of("notFound.meeting", id)));
    }

    @GetMapping("/agendaitems/{id:\\d+}")
    ObjectNode agendaItem(@PathVariable long id) {
        return objects().agendaItem(reader.item(id).orElseThrow(() -> NotFound.of("notFound.item", id)));
    }

    @GetMapping("/consultations/{id:\\d+}")
    ObjectNode consultation(@PathVariable long id) {
        return objects().consultation(reader.item(id).filter(item -> item.caseId() != null)
                .orElseThrow(() -> NotFound.of("notFound.consultation", id)));
    }

    @GetMapping("/papers/{id:\\d+}")
    ObjectNode paper(@PathVariable long id) {
        return objects().paper(reader.paper(id).orElseThrow(() -> NotFound.of("notFound.paper", id)));
    }

    @GetMapping("/files/{id:\\d+}")
    ObjectNode file(@PathVariable long id) {
        return objects().file(storedFile(id));
    }

    /** A file's text, the only form the archive keeps; {@code ?download} asks the browser to save it. */
    @GetMapping(path = "/files/{id:\\d+}/text.txt", produces = "text/plain;charset=UTF-8")
    ResponseEntity<String> fileText(@PathVariable long id, @RequestParam(required = false) String download) {
        OparlReader.File file = storedFile(id);
        ResponseEntity.BodyBuilder response = ResponseEntity.ok();
        if (download != null) {
            response.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"dokument-" + id + ".txt\"");
        }
        return response.body(file.text());
    }

    @GetMapping("/locations/{key:[0-9a-f]+}")
    ObjectNode location(@PathVariable String key) {
        return reader.locations().stream()
                .filter(location -> OparlObjects.locationKey(location.description()).equals(key))
                .findFirst().map(objects()::location)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, Messages.text("notFound.location", key)));
    }

    @GetMapping("/legislativeterms/{bodyId:\\d+}-{year:\\d{4}}")
    ObjectNode legislativeTerm(@PathVariable long bodyId, @PathVariable int year) {
        body(bodyId, "notFound.body");
        LegislativeTerm term = LegislativeTerm.starting(year).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.NOT_FOUND, Messages.text("notFound.legislativeTerm", year)));
        return objects().legislativeTerm(bodyId, term);
    }

    /** One page of a body's list of some type, as the parameters ask. */
    private <T> ObjectNode bodyList(long id, Map<String, String> params, BiFunction<Long, Window, Slice<T>> rows,
                                    Function<T, ObjectNode> object) {
        body(id, "notFound.body");
        OparlPaging paging = paging(params);
        return paging.page(json, rows.apply(id, paging.window()), object);
    }

    private Body body(long id, String notFoundKey) {
        return reader.body(id).orElseThrow(() -> NotFound.of(notFoundKey, id));
    }

    private OparlReader.File storedFile(long id) {
        return reader.file(id).orElseThrow(() -> NotFound.of("notFound.file", id));
    }
}
