package dk.kkr.core.parse;

import dk.kkr.core.model.Attendance;
import dk.kkr.core.model.AttendanceNote;
import dk.kkr.core.model.DocumentKind;
import dk.kkr.core.model.ParsedDocument;
import dk.kkr.core.model.ParsedItem;
import dk.kkr.core.model.Participant;
import dk.kkr.core.model.Section;
import dk.kkr.core.model.SourceText;
import dk.kkr.core.samples.Samples;
import dk.kkr.core.text.SourceReader;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The attendance grammar of minutes on made-up texts and on the project's minutes sample. */
class AttendanceReaderTest {

    private static final String MINUTES = """
            REFERAT

            KKR NORDJYLLAND

            Dato: 5. maj 2031
            Sted: Rådhuset - Aalborg

            Deltagere:

            - Borgmester Lene Aalund, Hjørring Kommune (formand)
            - Borgmester Mads Krogh Dahl, Thisted Kommune (deltog fra pkt. 2)

            - rådmand Bo Eskildsen, Aalborg Kommune

            Afbud fra: Borgmester Karin Holt, Frederikshavn Kommune; Borgmester Jens Ole Bro, Rebild Kommune

            Desuden deltog:
            Kommunaldirektør Anna Friis Lund, Brønderslev Kommune, Direktør Ole Berg

            Fra sekretariatet deltog:
            Konsulent Sara Nygaard

            1. Godkendelse af dagsorden

            SAG-2031-00001 abcd

            Beslutning

            Godkendt. Borgmester Lene Aalund forlod mødet efter pkt. 1.

            2. Regional udvikling

            Beslutning

            Taget til efterretning. Rådmand Bo Eskildsen og Karin Holt mødte under behandling af pkt. 2.
            Kommunerne deltog fra pkt. 2 i arbejdet, som det blev aftalt efter pkt. 1.
            """;

    private static ParsedDocument parse(String text) {
        return new StructureParser().parse(Corpus.snippet(text));
    }

    private static List<String> people(List<Participant> participants) {
        return participants.stream()
                .map(p -> p.role() + " " + p.name() + " / " + p.municipality()).toList();
    }

    @Test
    void listsOfPresentAbsentAndOthersWithTitlesAndMunicipalities() {
        Attendance attendance = parse(MINUTES).attendance();
        assertNotNull(attendance);
        assertEquals(List.of("Borgmester Lene Aalund / Hjørring", "Borgmester Mads Krogh Dahl / Thisted",
                "Rådmand Bo Eskildsen / Aalborg"), people(attendance.present()));
        assertEquals(List.of("Borgmester Karin Holt / Frederikshavn", "Borgmester Jens Ole Bro / Rebild"),
                people(attendance.absent()));
        assertEquals(List.of("Kommunaldirektør Anna Friis Lund / Brønderslev", "Direktør Ole Berg / null",
                "Konsulent Sara Nygaard / null"), people(attendance.others()));
    }

    @Test
    void notesOfWhoLeftOrCameInRemarksAndInTheText() {
        Attendance attendance = parse(MINUTES).attendance();
        assertEquals(List.of(
                        new Note("Mads Krogh Dahl", AttendanceNote.Kind.ARRIVED, "2", false),
                        new Note("Lene Aalund", AttendanceNote.Kind.LEFT, "1", false),
                        new Note("Bo Eskildsen", AttendanceNote.Kind.ARRIVED, "2", true),
                        new Note("Karin Holt", AttendanceNote.Kind.ARRIVED, "2", true)),
                attendance.notes().stream().map(Note::of).toList());
    }

    private record Note(String name, AttendanceNote.Kind kind, String item, boolean during) {
        static Note of(AttendanceNote n) {
            return new Note(n.name(), n.kind(), n.itemNumber(), n.during());
        }
    }

    @Test
    void spansShowTheEntriesAndStatements() {
        Attendance attendance = parse(MINUTES).attendance();
        assertEquals("Borgmester Lene Aalund, Hjørring Kommune (formand)",
                attendance.present().get(0).span().of(MINUTES));
        assertEquals("Borgmester Karin Holt, Frederikshavn Kommune", attendance.absent().get(0).span().of(MINUTES));
        assertEquals("Direktør Ole Berg", attendance.others().get(1).span().of(MINUTES));
        assertEquals("(deltog fra pkt. 2)", attendance.notes().get(0).span().of(MINUTES));
        assertEquals("Borgmester Lene Aalund forlod mødet efter pkt. 1", attendance.notes().get(1).span().of(MINUTES));
    }

    @Test
    void aMeetingDocumentThatStatesNoAttendanceHasNone() {
        ParsedDocument doc = parse("""
                REFERAT

                KKR NORDJYLLAND

                1. Orientering

                SAG-2031-00003 ijkl

                Beslutning

                Kommunerne deltog fra pkt. 2 i arbejdet. Deltagere: se bilag.
                """);
        assertEquals(DocumentKind.MINUTES, doc.kind());
        assertNull(doc.attendance());
    }

    @Test
    void theMinutesSampleStatesItsAttendanceAndKeepsEachDecisionAsItsItemsSection() throws Exception {
        String name = "referat-kkr-syddanmark-2025-01-20.txt";
        SourceText source = new SourceReader().read(name, Samples.bytes(name));
        ParsedDocument doc = new StructureParser().parse(source);
        Attendance attendance = doc.attendance();
        assertEquals(19, attendance.present().size());
        assertEquals("Borgmester Anne-Mette Holm / Vejle", people(attendance.present()).get(0));
        assertEquals(List.of("Borgmester Poul Erik Nygaard / Nordfyns", "Borgmester Susanne Bach / Kerteminde",
                "Borgmester Torben Engel / Langeland"), people(attendance.absent()));
        assertEquals(List.of(), attendance.others());
        assertEquals(List.of(new Note("Per Vestergaard", AttendanceNote.Kind.LEFT, "3.2", true)),
                attendance.notes().stream().map(Note::of).toList());

        ParsedItem item = doc.items().stream().filter(i -> i.number().equals("3.2")).findFirst().orElseThrow();
        Section decision = item.sections().get(item.sections().size() - 1);
        assertEquals(Vocabulary.DECISION_SECTION, decision.heading());
        assertEquals("KKR Syddanmark godkendte indstillingen. KKR Syddanmark lagde vægt på, at sundhedsrådenes "
                + "geografi følger de eksisterende samarbejder omkring sygehusene i Odense, Esbjerg, Kolding og "
                + "Aabenraa.", decision.text());
        assertEquals("Beslutning\n\n" + decision.text(), decision.span().of(source.text()));
    }
}
