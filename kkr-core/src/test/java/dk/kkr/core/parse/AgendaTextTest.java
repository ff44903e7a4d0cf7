package dk.kkr.core.parse;

import dk.kkr.core.model.AuthoredAgenda;
import dk.kkr.core.model.AuthoredAgenda.Entry;
import dk.kkr.core.model.DocumentKind;
import dk.kkr.core.model.ParsedDocument;
import dk.kkr.core.model.ParsedItem;
import dk.kkr.core.model.Section;
import dk.kkr.core.model.SourceText;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An agenda written on the platform is numbered by its order, every span of its structure points at what it names,
 * and the parser reads the written text back as the same agenda — so it reads like any KKR agenda.
 */
class AgendaTextTest {

    private static final AuthoredAgenda AGENDA = new AuthoredAgenda("KKR Midtjylland", LocalDate.of(2027, 3, 1),
            LocalTime.of(10, 0), "Regionshuset, Viborg", List.of(
            Entry.titled(true, "Godkendelse af referat og dagsorden"),
            new Entry(false, "Godkendelse af referat", "SAG-2027-00101", "mkra",
                    Map.of("Indstilling", "Det indstilles, at referatet godkendes."), List.of()),
            new Entry(false, "Godkendelse af dagsorden", "SAG-2027-00101", "mkra",
                    Map.of("Indstilling", "Det indstilles, at dagsordenen godkendes."), List.of()),
            Entry.titled(true, "Regionalpolitiske sager"),
            new Entry(false, "Fælles indkøb af   elbusser", "SAG-2027-00144", "lhan", Map.of(
                    "Sagsfremstilling", "Kommunerne har undersøgt markedet.\nTre leverandører har budt.\n\n\n"
                            + "Aarhus Kommune og Viborg Kommune deltager.",
                    "Baggrund", "Busdriften udbydes igen i 2028.",
                    "Indstilling", "Det indstilles, at KKR Midtjylland godkender udbuddet."),
                    List.of("Notat om udbud af elbusser", "Tidsplan for udbuddet")),
            Entry.titled(false, "Status på klimaplanerne"),
            Entry.titled(true, "Eventuelt")));

    private final AgendaText.Written written = AgendaText.write(AGENDA);
    private final String text = written.text();

    @Test
    void itemsAreNumberedByTheirOrderAndEverySpanPointsAtWhatItNames() {
        List<ParsedItem> items = written.structure().items();
        assertThat(items).extracting(ParsedItem::number).containsExactly("1", "1.1", "1.2", "2", "2.1", "2.2", "3");
        for (ParsedItem item : items) {
            assertThat(item.span().of(text)).startsWith(item.number() + ". " + item.title());
            assertThat(item.titleSpan().of(text)).isEqualTo(item.title());
            for (Section section : item.sections()) {
                assertThat(section.span().of(text)).startsWith(section.heading() + "\n").endsWith(
                        section.heading().equals(Section.ANNEXES) ? "Tidsplan for udbuddet" : section.text());
                assertThat(item.span().union(section.span())).isEqualTo(item.span());
            }
            item.annexes().forEach(annex -> assertThat(annex.span().of(text)).isEqualTo(annex.title()));
        }
        ParsedItem busses = items.get(4);
        assertThat(busses.title()).isEqualTo("Fælles indkøb af elbusser");
        assertThat(busses.sections()).extracting(Section::heading)
                .as("the fixed order, whatever order they were given in")
                .containsExactly("Baggrund", "Indstilling", "Sagsfremstilling", "Bilag");
        assertThat(items.get(3).span().of(text)).isEqualTo("2. Regionalpolitiske sager");
        assertThat(written.structure().meeting().span().of(text)).contains("1. marts 2027", "10:00");
        assertThat(written.structure().title()).isEqualTo("Dagsorden, KKR Midtjylland 1. marts 2027");
    }

    @Test
    void theParserReadsTheWrittenTextBackAsTheSameAgenda() {
        ParsedDocument read = new StructureParser().parse(new SourceText("dagsorden.txt", "0".repeat(64),
                text.length(), "text/plain", text, List.of()));
        ParsedDocument structure = written.structure();
        assertThat(read.kind()).isEqualTo(DocumentKind.AGENDA);
        assertThat(read.body()).isEqualTo("KKR Midtjylland");
        assertThat(read.title()).isEqualTo(structure.title());
        assertThat(read.meeting().date()).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(read.meeting().time()).isEqualTo(LocalTime.of(10, 0));
        assertThat(read.meeting().location()).isEqualTo("Regionshuset, Viborg");
        assertThat(read.items()).extracting(ParsedItem::number, ParsedItem::title, ParsedItem::caseId,
                        ParsedItem::caseOwner, ParsedItem::span)
                .containsExactlyElementsOf(structure.items().stream().map(i -> org.assertj.core.groups.Tuple.tuple(
                        i.number(), i.title(), i.caseId(), i.caseOwner(), i.span())).toList());
        for (int i = 0; i < read.items().size(); i++) {
            assertThat(read.items().get(i).sections()).extracting(Section::heading, Section::span)
                    .containsExactlyElementsOf(structure.items().get(i).sections().stream()
                            .map(s -> org.assertj.core.groups.Tuple.tuple(s.heading(), s.span())).toList());
            assertThat(read.items().get(i).annexes()).isEqualTo(structure.items().get(i).annexes());
        }
    }

    @Test
    void minutesCarryWhoAttendedAndTheDecisionsAndAreReadBackAsMinutes() {
        List<Entry> entries = new java.util.ArrayList<>(AGENDA.entries());
        Entry busses = entries.get(4);
        Map<String, String> withDecision = new java.util.HashMap<>(busses.sections());
        withDecision.put(Section.DECISION, "Godkendt. Anne Holm forlod mødet under behandling af pkt. 2.1.");
        entries.set(4, new Entry(false, busses.title(), busses.caseId(), busses.caseOwner(), withDecision,
                busses.annexes()));
        AuthoredAgenda minutes = new AuthoredAgenda(AGENDA.body(), AGENDA.date(), AGENDA.time(), AGENDA.place(),
                entries, true, List.of(
                new AuthoredAgenda.Attendee("Borgmester Anne Holm", "Viborg", true, null),
                new AuthoredAgenda.Attendee("Jens Dam", "Aarhus", false, "Mia Berg"),
                new AuthoredAgenda.Attendee("Ole Lund", null, false, null)));
        AgendaText.Written written = AgendaText.write(minutes);
        String text = written.text();
        ParsedDocument structure = written.structure();
        assertThat(structure.kind()).isEqualTo(DocumentKind.MINUTES);
        assertThat(structure.title()).isEqualTo("Referat, KKR Midtjylland 1. marts 2027");
        assertThat(structure.items().get(4).sections()).extracting(Section::heading)
                .containsExactly("Baggrund", "Indstilling", "Sagsfremstilling", "Bilag", "Beslutning");
        assertThat(structure.attendance().present()).extracting(p -> p.role() + " " + p.name() + ", " + p.municipality())
                .containsExactly("Borgmester Anne Holm, Viborg", "null Mia Berg, Aarhus");
        assertThat(structure.attendance().absent()).extracting(p -> p.name() + ", " + p.municipality())
                .containsExactly("Jens Dam, Aarhus", "Ole Lund, null");
        assertThat(structure.attendance().notes()).singleElement()
                .satisfies(note -> assertThat(note.span().of(text)).contains("Anne Holm forlod mødet"));
        assertThat(text).contains("Mia Berg, Aarhus Kommune (stedfortræder for Jens Dam)");

        ParsedDocument read = new StructureParser().parse(new SourceText("referat.txt", "0".repeat(64),
                text.length(), "text/plain", text, List.of()));
        assertThat(read.kind()).isEqualTo(DocumentKind.MINUTES);
        assertThat(read.title()).isEqualTo(structure.title());
        assertThat(read.attendance()).isEqualTo(structure.attendance());
        assertThat(read.items()).extracting(ParsedItem::number, ParsedItem::span)
                .containsExactlyElementsOf(structure.items().stream().map(i -> org.assertj.core.groups.Tuple.tuple(
                        i.number(), i.span())).toList());
        assertThat(read.items().get(4).sections()).extracting(Section::heading, Section::span)
                .containsExactlyElementsOf(structure.items().get(4).sections().stream()
                        .map(s -> org.assertj.core.groups.Tuple.tuple(s.heading(), s.span())).toList());
    }
}
