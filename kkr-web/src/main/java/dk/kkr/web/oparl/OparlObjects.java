package dk.kkr.web.oparl;

import dk.kkr.core.text.Sha256;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.kkr.core.text.Messages;
import dk.kkr.store.oparl.OparlReader;
import dk.kkr.store.oparl.OparlReader.Body;
import dk.kkr.store.oparl.OparlReader.FileRef;
import dk.kkr.store.oparl.OparlReader.Item;
import dk.kkr.store.oparl.OparlReader.Meeting;
import dk.kkr.store.oparl.OparlReader.Paper;
import dk.kkr.store.oparl.OparlReader.Person;
import dk.kkr.store.oparl.OparlReader.Section;
import dk.kkr.store.oparl.OparlReader.Stamp;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Builds the OParl 1.1 objects of one request as JSON, every URL under the endpoint's base
 * ({@code …/oparl/v1.1}) and every web page under the site's root. Fields OParl has no place for are
 * written under the vendor prefix {@code kkr:}: an item's sections ({@code kkr:sections}) and case owner
 * ({@code kkr:caseOwner}), a file's kind, letterhead, source media type and the memos inside it, a person's
 * municipality ({@code kkr:municipality}).
 *
 * <p>Objects embedded in others (a meeting's items, an item's annex files …) are complete, except that an
 * embedded file leaves out its {@code text}: it is at the file's own URL and its {@code accessUrl}.
 */
final class OparlObjects {

    static final String TYPE = "https://schema.oparl.org/1.1/";
    static final String VENDOR = "kkr:";
    private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

    private final ObjectMapper json;
    private final OparlReader reader;
    private final String site;
    private final String base;

    /** {@code site} is the application's root URL without a trailing slash. */
    OparlObjects(ObjectMapper json, OparlReader reader, String site) {
        this.json = json;
        this.reader = reader;
        this.site = site;
        this.base = site + OparlController.ROOT;
    }

    String base() {
        return base;
    }

    // ---- URLs

    String bodyUrl(long id) {
        return base + "/bodies/" + id;
    }

    String bodyList(long id, String list) {
        return bodyUrl(id) + "/" + list;
    }

    String organizationUrl(long bodyId) {
        return base + "/organizations/" + bodyId;
    }

    private String meetingUrl(long id) {
        return base + "/meetings/" + id;
    }

    private String personUrl(long id) {
        return base + "/persons/" + id;
    }

    private String membershipUrl(long personId) {
        return base + "/memberships/" + personId;
    }

    private String itemUrl(long id) {
        return base + "/agendaitems/" + id;
    }

    private String paperUrl(long id) {
        return base + "/papers/" + id;
    }

    private String consultationUrl(long itemId) {
        return base + "/consultations/" + itemId;
    }

    private String fileUrl(long id) {
        return base + "/files/" + id;
    }

    private String termUrl(long bodyId, LegislativeTerm term) {
        return base + "/legislativeterms/" + bodyId + "-" + term.startYear();
    }

    private String locationUrl(String description) {
        return base + "/locations/" + locationKey(description);
    }

    /** A location's stable key: the start of the SHA-256 of its text as written. */
    static String locationKey(String description) {
        return Sha256.hex(description).substring(0, 16);
    }

    // ---- objects

    ObjectNode system() {
        ObjectNode system = object(base + "/", "System");
        system.put("oparlVersion", TYPE);
        system.putArray("otherOparlVersions");
        system.put("body", base + "/bodies");
        system.put("name", "KKR Platform");
        system.put("website", site + "/");
        system.put("web", site + "/");
        system.put("deleted", false);
        return system;
    }

    ObjectNode body(Body body) {
        ObjectNode node = object(bodyUrl(body.id()), "Body");
        node.put("system", base + "/");
        node.put("name", body.name());
        node.put("shortName", body.name().replaceFirst("^KKR ", ""));
        node.put("classification", Messages.text("oparl.classification"));
        node.put("mainOrganization", organizationUrl(body.id()));
        node.put("organization", bodyList(body.id(), "organizations"));
        node.put("person", bodyList(body.id(), "people"));
        node.put("meeting", bodyList(body.id(), "meetings"));
        node.put("paper", bodyList(body.id(), "papers"));
        node.put("agendaItem", bodyList(body.id(), "agendaitems"));
        node.put("consultation", bodyList(body.id(), "consultations"));
        node.put("file", bodyList(body.id(), "files"));
        node.put("locationList", bodyList(body.id(), "locations"));
        node.put("legislativeTermList", bodyList(body.id(), "legislativeterms"));
        node.put("membership", bodyList(body.id(), "memberships"));
        ArrayNode terms = node.putArray("legislativeTerm");
        LegislativeTerm.ALL.forEach(term -> terms.add(legislativeTerm(body.id(), term)));
        node.put(VENDOR + "region", body.region());
        return finish(node, body.stamp(), null);
    }

    /** The KKR itself as the organisation that decides in its body. */
    ObjectNode organization(Body body) {
        ObjectNode node = object(organizationUrl(body.id()), "Organization");
        node.put("body", bodyUrl(body.id()));
        node.put("name", body.name());
        node.put("organizationType", "Gremium");
        node.put("classification", Messages.text("oparl.classification"));
        node.put("meeting", bodyList(body.id(), "meetings"));
        node.put("consultation", bodyList(body.id(), "consultations"));
        return finish(node, body.stamp(), null);
    }

    /** A person named in the KKR's minutes; a member has one membership, embedded. */
    ObjectNode person(Person person) {
        ObjectNode node = object(personUrl(person.id()), "Person");
        node.put("body", bodyUrl(person.bodyId()));
        node.put("name", person.name());
        if (person.role() != null) {
            node.putArray("status").add(person.role());
        }
        ArrayNode memberships = node.putArray("membership");
        if (person.memberSince() != null) {
            memberships.add(membership(person));
        }
        if (person.municipality() != null) {
            node.put(VENDOR + "municipality", person.municipality());
        }
        return finish(node, person.stamp(), null);
    }

    /** A person's membership of the KKR, from the first meeting the minutes name them at as a member. */
    ObjectNode membership(Person person) {
        ObjectNode node = object(membershipUrl(person.id()), "Membership");
        node.put("person", personUrl(person.id()));
        node.put("organization", organizationUrl(person.bodyId()));
        if (person.role() != null) {
            node.put("role", person.role());
        }
        node.put("votingRight", true);
        node.put("startDate", person.memberSince().toString());
        if (person.municipality() != null) {
            node.put(VENDOR + "municipality", person.municipality());
        }
        return finish(node, person.stamp(), null);
    }

    ObjectNode legislativeTerm(long bodyId, LegislativeTerm term) {
        ObjectNode node = object(termUrl(bodyId, term), "LegislativeTerm");
        node.put("body", bodyUrl(bodyId));
        node.put("name", term.name());
        node.put("startDate", term.startDate().toString());
        node.put("endDate", term.endDate().toString());
        node.put("deleted", false);
        return node;
    }

    ObjectNode location(OparlReader.Location location) {
        ObjectNode node = object(locationUrl(location.description()), "Location");
        node.put("description", location.description());
        int dash = location.description().lastIndexOf(" - ");
        if (dash > 0) {
            node.put("locality", location.description().substring(dash + 3).strip());
        }
        ArrayNode bodies = node.putArray("bodies");
        reader.bodiesAt(location.description()).forEach(id -> bodies.add(bodyUrl(id)));
        ArrayNode meetings = node.putArray("meetings");
        reader.meetingsAt(location.description()).forEach(id -> meetings.add(meetingUrl(id)));
        return finish(node, location.stamp(), null);
    }

    ObjectNode meeting(Meeting meeting) {
        ObjectNode node = object(meetingUrl(meeting.id()), "Meeting");
        Body body = reader.body(meeting.bodyId()).orElseThrow();
        node.put("name", Messages.text("oparl.meetingName", body.name(), meeting.date().toString()));
        if (meeting.time() != null) {
            node.put("start", dateTime(meeting.date().atTime(meeting.time()).atZone(DANISH_TIME).toOffsetDateTime()));
        }
        if (meeting.location() != null) {
            reader.locations().stream().filter(l -> l.description().equals(meeting.location())).findFirst()
                    .ifPresent(location -> node.set("location", location(location)));
        }
        node.putArray("organization").add(organizationUrl(meeting.bodyId()));
        ArrayNode participants = node.putArray("participant");
        reader.participants(meeting.id()).forEach(id -> participants.add(personUrl(id)));
        FileRef invitation = first(meeting.files(), "AGENDA");
        FileRef protocol = first(meeting.files(), "MINUTES");
        if (invitation != null) {
            node.set("invitation", embeddedFile(invitation.id()));
        }
        if (protocol != null) {
            node.set("resultsProtocol", embeddedFile(protocol.id()));
        }
        ArrayNode auxiliary = node.putArray("auxiliaryFile");
        meeting.files().stream().filter(f -> f != invitation && f != protocol)
                .forEach(f -> auxiliary.add(embeddedFile(f.id())));
        ArrayNode items = node.putArray("agendaItem");
        reader.itemsOfMeeting(meeting.id()).forEach(item -> items.add(agendaItem(item)));
        return finish(node, meeting.stamp(), site + "/moeder/" + meeting.id());
    }

    private static FileRef first(List<FileRef> files, String kind) {
        return files.stream().filter(f -> f.kind().equals(kind)).findFirst().orElse(null);
    }

    ObjectNode agendaItem(Item item) {
        ObjectNode node = object(itemUrl(item.id()), "AgendaItem");
        if (item.meetingId() != null) {
            node.put("meeting", meetingUrl(item.meetingId()));
        }
        node.put("number", item.number());
        node.put("order", item.position());
        node.put("name", item.title());
        node.put("public", !item.closed());
        if (item.caseId() != null) {
            node.put("consultation", consultationUrl(item.id()));
        }
        List<Section> sections = reader.sections(item.id());
        if (item.publicDecision() != null) {
            node.put("resolutionText", item.publicDecision());
        }
        sections.stream().filter(s -> s.heading().equals(dk.kkr.core.model.Section.DECISION)).findFirst()
                .ifPresent(decision -> node.put("resolutionText", decision.text()));
        ArrayNode files = node.putArray("auxiliaryFile");
        reader.annexFiles(item.id()).forEach(id -> files.add(embeddedFile(id)));
        if (item.caseOwner() != null) {
            node.put(VENDOR + "caseOwner", item.caseOwner());
        }
        ArrayNode sectionNodes = node.putArray(VENDOR + "sections");
        sections.forEach(s -> sectionNodes.addObject().put("heading", s.heading()).put("text", s.text()));
        return finish(node, item.stamp(), site + "/punkter/" + item.id());
    }

    /** The consultation of a case at the item that carries it. */
    ObjectNode consultation(Item item) {
        ObjectNode node = object(consultationUrl(item.id()), "Consultation");
        node.put("paper", paperUrl(item.caseId()));
        node.put("agendaItem", itemUrl(item.id()));
        if (item.meetingId() != null) {
            node.put("meeting", meetingUrl(item.meetingId()));
        }
        ArrayNode organizations = node.putArray("organization");
        if (item.bodyId() != null) {
            organizations.add(organizationUrl(item.bodyId()));
        }
        return finish(node, item.stamp(), null);
    }

    ObjectNode paper(Paper paper) {
        ObjectNode node = object(paperUrl(paper.id()), "Paper");
        if (paper.bodyId() != null) {
            node.put("body", bodyUrl(paper.bodyId()));
        }
        node.put("name", paper.name());
        node.put("reference", paper.caseNumber());
        ArrayNode files = node.putArray("auxiliaryFile");
        reader.filesOfCase(paper.id()).forEach(id -> files.add(embeddedFile(id)));
        ArrayNode consultations = node.putArray("consultation");
        reader.itemsOfCase(paper.id()).forEach(item -> consultations.add(consultation(item)));
        if (paper.caseOwner() != null) {
            node.put(VENDOR + "caseOwner", paper.caseOwner());
        }
        return finish(node, paper.stamp(), null);
    }

    ObjectNode file(OparlReader.File file) {
        ObjectNode node = object(fileUrl(file.id()), "File");
        node.put("name", file.title() != null ? file.title() : file.fileName());
        node.put("fileName", file.fileName());
        node.put("mimeType", "text/plain");
        if (file.letterDate() != null) {
            node.put("date", file.letterDate().toString());
        }
        node.put("size", file.text().getBytes(StandardCharsets.UTF_8).length);
        node.put("text", file.text());
        node.put("accessUrl", fileUrl(file.id()) + "/text.txt");
        node.put("downloadUrl", fileUrl(file.id()) + "/text.txt?download");
        ArrayNode meetings = node.putArray("meeting");
        if (file.meetingId() != null) {
            meetings.add(meetingUrl(file.meetingId()));
        }
        ArrayNode items = node.putArray("agendaItem");
        file.items().forEach(id -> items.add(itemUrl(id)));
        ArrayNode papers = node.putArray("paper");
        file.cases().forEach(id -> papers.add(paperUrl(id)));
        node.put(VENDOR + "kind", file.kind());
        node.put(VENDOR + "sourceMediaType", file.sourceMediaType());
        if (file.letterDate() != null || file.caseNumber() != null || file.docNumber() != null) {
            ObjectNode letterhead = node.putObject(VENDOR + "letterhead");
            letterhead.put("date", file.letterDate() == null ? null : file.letterDate().toString());
            letterhead.put("caseId", file.caseNumber());
            letterhead.put("docId", file.docNumber());
        }
        if (file.parentId() != null) {
            node.put(VENDOR + "partOf", fileUrl(file.parentId()));
        }
        ArrayNode parts = node.putArray(VENDOR + "parts");
        file.parts().forEach(id -> parts.add(fileUrl(id)));
        return finish(node, file.stamp(), site + "/dokumenter/" + file.id());
    }

    private ObjectNode embeddedFile(long id) {
        ObjectNode node = file(reader.file(id).orElseThrow());
        node.remove("text");
        return node;
    }

    // ---- common fields

    private ObjectNode object(String id, String type) {
        ObjectNode node = json.createObjectNode();
        node.put("id", id);
        node.put("type", TYPE + type);
        return node;
    }

    private ObjectNode finish(ObjectNode node, Stamp stamp, String web) {
        if (stamp.created() != null) {
            node.put("created", dateTime(stamp.created()));
            node.put("modified", dateTime(stamp.modified()));
        }
        if (web != null) {
            node.put("web", web);
        }
        node.put("deleted", false);
        return node;
    }

    static String dateTime(OffsetDateTime time) {
        return time.truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
