package dk.kkr.service.pdf;

import dk.kkr.core.model.AuthoredAgenda;
import dk.kkr.core.pipeline.DocumentPipeline;
import dk.kkr.store.AuthoredAgendas;
import dk.kkr.store.Closure;
import dk.kkr.store.access.Account;
import dk.kkr.store.access.AccountStore;
import dk.kkr.store.access.ItemAccess;
import dk.kkr.store.access.Role;
import dk.kkr.store.read.ArchiveFixture;
import dk.kkr.store.read.ArchiveReader;
import dk.kkr.store.read.Viewer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import javax.sql.DataSource;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A meeting written on the platform, with an open item, a closed one, an annex, decisions and who attended, as the
 * agenda PDF and the minutes PDF: cover, a table of contents whose page numbers are the pages the items begin on,
 * bookmarks for every item and annex, "Side X af Y" on every page, the annex appended and stamped on each of its pages,
 * the closed item left out for the public exactly as on the pages — and each PDF valid PDF/A-2u and PDF/UA-1 by
 * veraPDF.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeetingPdfTest {

    /** A word of the closed item only. */
    private static final String CLOSED_CANARY = "Hvidkløverparken";
    /** A word of the open item's decision only. */
    private static final String DECISION_CANARY = "Solsortaftalen";

    private DataSource dataSource;
    private long meeting;
    private Account member;

    @BeforeAll
    void aMeetingWithItsMinutes(@TempDir Path dir) throws Exception {
        dataSource = ArchiveFixture.load().dataSource();
        AccountStore accounts = new AccountStore(dataSource);
        Account secretariat = accounts.add("mette", Role.SECRETARIAT, List.of("midtjylland"), null, null);
        member = accounts.add("lars", Role.MEMBER, List.of("midtjylland"), null, null);
        AuthoredAgendas agendas = new AuthoredAgendas(dataSource);
        meeting = agendas.createMeeting("midtjylland", LocalDate.of(2026, 11, 2), LocalTime.of(10, 0),
                "Regionshuset, Viborg", secretariat).meetingId();
        StringBuilder background = new StringBuilder();
        for (int i = 1; i <= 40; i++) {
            background.append("Afsnit ").append(i).append(": Busdriften i Aarhus Kommune og Viborg Kommune udbydes ")
                    .append("igen i 2028, og kommunerne vil undersøge, om et fælles udbud giver bedre priser.\n\n");
        }
        long busses = agendas.addItem(meeting, 3, new AuthoredAgendas.ItemFields("Fælles udbud af busdrift",
                "SAG-2026-00144", "lhan", Map.of("Baggrund", background.toString(),
                "Indstilling", "Det indstilles, at KKR Midtjylland godkender udbuddet.")), secretariat);
        long land = agendas.addItem(meeting, 3, new AuthoredAgendas.ItemFields("Køb af grund ved " + CLOSED_CANARY,
                null, null, Map.of("Sagsfremstilling", "Sælger af " + CLOSED_CANARY + " kræver diskretion.")),
                secretariat);
        new ItemAccess(dataSource).close(land, Closure.closed("Køb af en grund", "offentlighedslovens § 33",
                "mette"), secretariat);
        StringBuilder memo = new StringBuilder("NOTAT\n\nBusdrift i Midtjylland\n\n");
        for (int i = 1; i <= 90; i++) {
            memo.append("Rute ").append(i).append(" omlægges fra sommeren 2028, så den betjener stationen.\n\n");
        }
        Path file = Files.writeString(dir.resolve("notat-busdrift.txt"), memo);
        DocumentPipeline pipeline = DocumentPipeline.standard();
        agendas.attachAnnex(busses, pipeline.analyse(pipeline.read(file)), "Notat om busdrift", secretariat);
        agendas.release(meeting, secretariat);
        agendas.recordDecision(busses, "Godkendt. " + DECISION_CANARY + " gælder fra 2028.", secretariat);
        agendas.recordDecision(land, "Grunden købes af " + CLOSED_CANARY + "s ejer.", secretariat);
        agendas.recordAttendance(meeting, List.of(new AuthoredAgenda.Attendee("Borgmester Anne Holm", "Viborg", true,
                null), new AuthoredAgenda.Attendee("Jens Dam", "Aarhus", false, "Mia Berg")), secretariat);
        agendas.releaseMinutes(meeting, secretariat);
        agendas.publish(meeting, null, secretariat);
    }

    @Test
    void theAgendaHasItsCoverContentsBookmarksPageNumbersAndStampedAnnexAndNothingClosed() throws Exception {
        byte[] bytes = pdf(Viewer.PUBLIC, MeetingPdf.Kind.AGENDA);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            List<String> pages = pages(pdf);
            int count = pages.size();
            assertThat(count).isGreaterThan(5);
            for (int i = 0; i < count; i++) {
                assertThat(pages.get(i)).contains("Side " + (i + 1) + " af " + count);
            }
            assertThat(pages.getFirst()).contains("KKR Midtjylland", "Dagsorden", "Mødet 2. november 2026 kl. 10:00",
                    "Sted: Regionshuset, Viborg");
            String all = String.join("\n", pages);
            assertThat(all).doesNotContain(CLOSED_CANARY, DECISION_CANARY, "Beslutning").contains("Køb af en grund",
                    "Lukket punkt", "SAG-2026-00144 lhan", "Afsnit 40:", "Rute 90 omlægges");

            // the table of contents says where each item begins
            String contents = pages.get(1);
            assertThat(contents).startsWith("Indhold");
            for (String entry : List.of("3.1  Fælles udbud af busdrift", "3.2  Køb af en grund",
                    "Bilag 3.1.1: Notat om busdrift")) {
                Matcher line = Pattern.compile(Pattern.quote(entry) + " (\\d+)").matcher(contents);
                assertThat(line.find()).as(entry).isTrue();
                String heading = entry.startsWith("Bilag") ? entry : entry.replace("  ", " ");
                assertThat(pages.get(Integer.parseInt(line.group(1)) - 1)).as(entry).contains(heading);
            }
            int annexStart = pageOf(pages, "Bilag 3.1.1\nBilag\nBilag 3.1.1: Notat om busdrift", 2);
            assertThat(count - annexStart).as("the annex runs over more than one page").isGreaterThan(1);
            for (int i = annexStart; i < count; i++) {
                assertThat(pages.get(i)).as("page " + (i + 1)).startsWith("Bilag 3.1.1");
            }

            List<String> bookmarks = new ArrayList<>();
            outline(pdf.getDocumentCatalog().getDocumentOutline(), "", bookmarks);
            assertThat(bookmarks).contains("Forside", "Indhold", "3 Regionalpolitiske sager",
                    "3 Regionalpolitiske sager/3.1 Fælles udbud af busdrift", "3 Regionalpolitiske sager/3.2 Køb af en grund",
                    "Bilag/Bilag 3.1.1: Notat om busdrift", "7 Eventuelt");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("da-DK");
            System.out.printf("Dagsorden (offentlig): %d sider, %d bogmærker%n", count, bookmarks.size());
        }
        assertValid(bytes);
    }

    @Test
    void theMinutesHaveTheDecisionsAndWhoAttendedAndAMemberReadsTheClosedItem() throws Exception {
        byte[] publicMinutes = pdf(Viewer.PUBLIC, MeetingPdf.Kind.MINUTES);
        String text = String.join("\n", pages(Loader.loadPDF(publicMinutes)));
        assertThat(text).contains("Referat", "Fremmøde", "Borgmester Anne Holm, Viborg Kommune",
                "Mia Berg, Aarhus Kommune (stedfortræder for Jens Dam)", "Beslutning", DECISION_CANARY)
                .doesNotContain(CLOSED_CANARY);
        assertValid(publicMinutes);

        String members = String.join("\n", pages(Loader.loadPDF(pdf(Viewer.of(member), MeetingPdf.Kind.MINUTES))));
        assertThat(members).contains(CLOSED_CANARY, "Grunden købes af", "Lukket materiale");
        String membersAgenda = String.join("\n", pages(Loader.loadPDF(pdf(Viewer.of(member), MeetingPdf.Kind.AGENDA))));
        assertThat(membersAgenda).contains(CLOSED_CANARY).doesNotContain("Grunden købes af");
    }

    @Test
    void theSameContentIsNotLaidOutAgainAndAChangeToWhatIsReadIsNewContent() {
        byte[] first = pdf(Viewer.PUBLIC, MeetingPdf.Kind.AGENDA);
        assertThat(pdf(Viewer.PUBLIC, MeetingPdf.Kind.AGENDA)).as("kept once made").isSameAs(first);
        assertThat(pdf(Viewer.of(member), MeetingPdf.Kind.AGENDA)).as("a member reads more").isNotEqualTo(first);

        // a meeting of its own, so that the change touches no other test's
        AuthoredAgendas agendas = new AuthoredAgendas(dataSource);
        Account secretariat = new AccountStore(dataSource).find("mette").orElseThrow();
        long june = agendas.createMeeting("midtjylland", LocalDate.of(2027, 6, 7), null, null, secretariat).meetingId();
        long item = agendas.addItem(june, 3, new AuthoredAgendas.ItemFields("Status på klimaplanerne", null, null,
                Map.of()), secretariat);
        MeetingPdf writer = new MeetingPdf(new ArchiveReader(dataSource, Viewer.of(secretariat)));
        byte[] before = writer.write(june, MeetingPdf.Kind.AGENDA).orElseThrow();
        assertThat(writer.write(june, MeetingPdf.Kind.AGENDA).orElseThrow()).isSameAs(before);
        agendas.updateItem(item, new AuthoredAgendas.ItemFields("Status på klimaplanerne 2027", null, null, Map.of()),
                secretariat);
        assertThat(writer.write(june, MeetingPdf.Kind.AGENDA).orElseThrow()).as("an edit is new content")
                .isNotEqualTo(before);
    }

    @Test
    void aMeetingTheViewerDoesNotReadHasNoPdf() {
        AuthoredAgendas agendas = new AuthoredAgendas(dataSource);
        Account secretariat = new AccountStore(dataSource).find("mette").orElseThrow();
        long draft = agendas.createMeeting("midtjylland", LocalDate.of(2027, 5, 3), null, null, secretariat)
                .meetingId();
        assertThat(new MeetingPdf(new ArchiveReader(dataSource, Viewer.PUBLIC)).write(draft, MeetingPdf.Kind.AGENDA))
                .isEmpty();
        assertThat(new MeetingPdf(new ArchiveReader(dataSource, Viewer.of(secretariat)))
                .write(draft, MeetingPdf.Kind.AGENDA)).isPresent();
        assertThat(new MeetingPdf(new ArchiveReader(dataSource, Viewer.of(secretariat)))
                .write(draft, MeetingPdf.Kind.MINUTES)).as("no minutes yet").isEmpty();
    }

    private byte[] pdf(Viewer viewer, MeetingPdf.Kind kind) {
        return new MeetingPdf(new ArchiveReader(dataSource, viewer)).write(meeting, kind).orElseThrow();
    }

    /** Checks the PDF against PDF/A-2u and PDF/UA-1 with veraPDF; the rules it breaks, if any, in the message. */
    private static void assertValid(byte[] pdf) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFA_2_U, PDFAFlavour.PDFUA_1)) {
            try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
                 PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
                ValidationResult result = validator.validate(parser);
                List<String> broken = result.getTestAssertions().stream()
                        .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                        .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": "
                                + a.getMessage()).distinct().toList();
                assertThat(broken).as(flavour.toString()).isEmpty();
                assertThat(result.isCompliant()).as(flavour.toString()).isTrue();
                System.out.printf("veraPDF %s: %s%n", flavour, result.isCompliant() ? "gyldig" : "ugyldig");
            }
        }
    }

    private static List<String> pages(PDDocument pdf) throws Exception {
        List<String> pages = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper();
        for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
            stripper.setStartPage(i);
            stripper.setEndPage(i);
            pages.add(stripper.getText(pdf).strip());
        }
        return pages;
    }

    /** The index of the first page from {@code from} on that contains {@code text}. */
    private static int pageOf(List<String> pages, String text, int from) {
        for (int i = from; i < pages.size(); i++) {
            if (pages.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError(text);
    }

    private static void outline(PDOutlineNode node, String path, List<String> titles) {
        for (PDOutlineItem item : node.children()) {
            String title = path.isEmpty() ? item.getTitle() : path + "/" + item.getTitle();
            titles.add(title);
            outline(item, title, titles);
        }
    }
}
