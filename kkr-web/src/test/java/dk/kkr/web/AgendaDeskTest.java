package dk.kkr.web;

import dk.kkr.service.access.Passwords;
import dk.kkr.store.Database;
import dk.kkr.store.access.AccountStore;
import dk.kkr.store.access.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secretariat's desk, as a secretariat works it in a browser without JavaScript: a new meeting from the KKR's
 * template, an item written under a group, edited, moved and deleted, the agenda released and published; what the
 * public and a member read at each stage, on the pages and in search; and what another KKR's secretariat may not do.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgendaDeskTest {

    private static final String PASSWORD = "korrekt hest batteri";
    /** A word of the item written here that no other text has. */
    private static final String CANARY = "Tranebærruten";
    /** A word of the PDF uploaded as an annex that no other text has. */
    private static final String PDF_CANARY = "Kvasirkilden";
    /** A word of a member's private note that no other text has. */
    private static final String NOTE_CANARY = "Lindormsposten";
    /** A word of a decision that no other text has. */
    private static final String DECISION_CANARY = "Skarvholmaftalen";

    private ServedArchive archive;
    private String site;

    @BeforeAll
    void serveAnEmptyArchive(@TempDir Path dir) {
        archive = new ServedArchive(Database.open(dir.resolve("data"), null, null, null), dir.resolve("data"));
        AccountStore accounts = new AccountStore(archive.dataSource());
        accounts.add("mette", Role.SECRETARIAT, java.util.List.of("midtjylland", "nordjylland"), null, Passwords.hash(PASSWORD));
        accounts.add("lars", Role.MEMBER, java.util.List.of("midtjylland"), null, Passwords.hash(PASSWORD));
        accounts.add("sara", Role.SECRETARIAT, java.util.List.of("hovedstaden"), null, Passwords.hash(PASSWORD));
        accounts.add("ida", Role.SECRETARIAT, java.util.List.of("syddanmark"), null, Passwords.hash(PASSWORD));
        accounts.add("nina", Role.MEMBER, java.util.List.of("syddanmark"), null, Passwords.hash(PASSWORD));
        archive.serve();
        site = archive.site();
    }

    @AfterAll
    void stop() {
        archive.close();
    }

    @Test
    void aSecretariatWritesAMeetingReleasesItAndPublishesIt() {
        Browser mette = Browser.loggedIn(site, "mette", PASSWORD);
        Browser lars = Browser.loggedIn(site, "lars", PASSWORD);
        Browser anyone = Browser.anonymous(site);
        assertThat(mette.page("/")).contains("Nyt møde");
        assertThat(lars.page("/")).doesNotContain("Nyt møde");

        String desk = mette.postAndFollow("/moeder/nyt", "/moeder/nyt", "kkr", "midtjylland", "dato", "2027-03-01",
                "tid", "10:00", "sted", "Regionshuset, Viborg");
        assertThat(desk).contains("Mødet er oprettet", "Kladde: kun KKR&#39;ens sekretariat ser dagsordenen.",
                "Godkendelse af referat", "Regionalpolitiske sager", "Tilføj punkt under 3");
        long meeting = Long.parseLong(find("/moeder/(\\d+)/dagsorden", desk));
        String deskPath = "/moeder/" + meeting + "/dagsorden";

        desk = mette.postAndFollow("/moeder/" + meeting + "/punkter/nyt?gruppe=3", "/moeder/" + meeting + "/punkter",
                "gruppe", "3", "titel", "Fælles udbud af busdrift på " + CANARY, "sagsId", "SAG-2027-00144",
                "sagsbehandler", "lhan", "Baggrund", "Aarhus Kommune og Viborg Kommune udbyder busdriften sammen.",
                "Indstilling", "Det indstilles, at KKR Midtjylland godkender udbuddet.", "Sagsfremstilling", "");
        assertThat(desk).contains("Punktet er tilføjet.", "Fælles udbud af busdrift på " + CANARY);
        long item = Long.parseLong(find("/punkter/(\\d+)\">Fælles udbud", desk));
        String page = mette.page("/punkter/" + item);
        assertThat(page).contains("3.1", "SAG-2027-00144", "Aarhus Kommune og Viborg Kommune udbyder busdriften sammen.");

        // a draft: for the secretariat only, on every channel
        for (Browser other : java.util.List.of(anyone, lars)) {
            assertThat(other.get("/moeder/" + meeting).statusCode()).isEqualTo(404);
            assertThat(other.get("/punkter/" + item).statusCode()).isEqualTo(404);
            assertThat(other.page("/soeg?q=" + encode(CANARY))).contains("Ingen resultater.");
            assertThat(other.page("/api/meetings?body=midtjylland")).isEqualTo("[]");
        }
        assertThat(anyone.page("/oparl/v1.1/bodies/3/meetings")).doesNotContain("2027-03-01");

        String form = mette.page("/punkter/" + item + "/rediger");
        assertThat(form).contains("value=\"SAG-2027-00144\"", "Det indstilles, at KKR Midtjylland godkender udbuddet.");
        desk = mette.postAndFollow("/punkter/" + item + "/rediger", "/punkter/" + item + "/rediger",
                "titel", "Fælles udbud af busdrift på " + CANARY, "sagsId", "SAG-2027-00144", "sagsbehandler", "lhan",
                "Baggrund", "Randers Kommune er med.", "Indstilling", "", "Sagsfremstilling", "");
        assertThat(desk).contains("Punktet er gemt.");
        assertThat(mette.page("/punkter/" + item)).contains("Randers Kommune er med.").doesNotContain("godkender");
        String refused = mette.postAndFollow("/punkter/" + item + "/rediger", "/punkter/" + item + "/rediger",
                "titel", "Udbud", "sagsId", "sag 144", "sagsbehandler", "");
        assertThat(refused).contains("Sags-ID skrives som SAG-2027-00123");

        desk = mette.postAndFollow(deskPath, "/moeder/" + meeting + "/udsend");
        assertThat(desk).contains("Dagsordenen er udsendt til medlemmerne.", "Udsendt til KKR&#39;ens medlemmer");
        assertThat(lars.page("/punkter/" + item)).contains(CANARY);
        assertThat(lars.page("/moeder/" + meeting)).contains("Udsendt til KKR&#39;ens medlemmer")
                .doesNotContain("Skriv dagsordenen");
        assertThat(lars.get(deskPath).statusCode()).isEqualTo(404);
        // a change after release is marked and kept as a version the members read
        mette.postAndFollow("/punkter/" + item + "/rediger", "/punkter/" + item + "/rediger",
                "titel", "Fælles udbud af busdrift på " + CANARY, "sagsId", "SAG-2027-00144", "sagsbehandler", "lhan",
                "Baggrund", "Randers Kommune er med.", "Indstilling", "Det indstilles, at udbuddet godkendes.",
                "Sagsfremstilling", "");
        assertThat(lars.page("/punkter/" + item)).contains("Ændret efter udsendelse");
        assertThat(lars.page("/moeder/" + meeting)).contains("2 versioner af dagsordenen");
        assertThat(lars.page("/moeder/" + meeting + "/versioner")).contains("Version 2", "Version 1", "af mette");
        assertThat(anyone.get("/moeder/" + meeting + "/versioner").statusCode()).isEqualTo(404);
        assertThat(anyone.get("/punkter/" + item).statusCode()).isEqualTo(404);
        assertThat(anyone.page("/soeg?q=" + encode(CANARY))).contains("Ingen resultater.");

        desk = mette.postAndFollow(deskPath, "/moeder/" + meeting + "/offentliggoer");
        assertThat(desk).contains("Dagsordenen er offentliggjort.");
        assertThat(anyone.page("/punkter/" + item)).contains(CANARY, "Randers Kommune er med.");
        assertThat(anyone.get("/moeder/" + meeting + "/versioner").statusCode()).as("versions are the members'")
                .isEqualTo(404);
        assertThat(anyone.page("/moeder/" + meeting)).contains("3.1", CANARY).doesNotContain("Kladde");
        assertThat(anyone.page("/soeg?q=" + encode(CANARY))).doesNotContain("Ingen resultater.")
                .contains("/punkter/" + item);
        assertThat(anyone.page("/dokumenter/" + documentOf(item))).contains("3.1. Fælles udbud af busdrift");
    }

    @Test
    void itemsMoveAndGoWithinTheirGroupAndAnotherKkrsSecretariatTouchesNothing() {
        Browser mette = Browser.loggedIn(site, "mette", PASSWORD);
        String desk = mette.postAndFollow("/moeder/nyt", "/moeder/nyt", "kkr", "midtjylland", "dato", "2027-06-07");
        long meeting = Long.parseLong(find("/moeder/(\\d+)/dagsorden", desk));
        String deskPath = "/moeder/" + meeting + "/dagsorden";
        for (String title : java.util.List.of("Første sag", "Anden sag")) {
            mette.postAndFollow("/moeder/" + meeting + "/punkter/nyt?gruppe=3", "/moeder/" + meeting + "/punkter",
                    "gruppe", "3", "titel", title);
        }
        desk = mette.page(deskPath);
        long second = Long.parseLong(find("/punkter/(\\d+)\">Anden sag", desk));
        desk = mette.postAndFollow(deskPath, "/punkter/" + second + "/flyt", "retning", "op");
        assertThat(desk).contains("Punktet er flyttet.");
        assertThat(desk.indexOf("Anden sag")).isLessThan(desk.indexOf("Første sag"));
        assertThat(mette.page("/punkter/" + second)).contains("3.1");

        Browser sara = Browser.loggedIn(site, "sara", PASSWORD);
        assertThat(sara.get(deskPath).statusCode()).isEqualTo(404);
        assertThat(sara.get("/moeder/" + meeting).statusCode()).as("a draft of another KKR").isEqualTo(404);
        sara.post("/", "/punkter/" + second + "/slet");
        assertThat(mette.page(deskPath)).contains("Anden sag");

        desk = mette.postAndFollow(deskPath, "/punkter/" + second + "/slet");
        assertThat(desk).contains("Punktet er slettet.").doesNotContain("Anden sag");
        assertThat(mette.get("/punkter/" + second).statusCode()).isEqualTo(404);
    }

    @Test
    void anAnnexUploadedAsPdfIsReadAndFoundWithItsAgendaOnly() throws Exception {
        Browser mette = Browser.loggedIn(site, "mette", PASSWORD);
        Browser anyone = Browser.anonymous(site);
        String desk = mette.postAndFollow("/moeder/nyt", "/moeder/nyt", "kkr", "midtjylland", "dato", "2027-11-01");
        long meeting = Long.parseLong(find("/moeder/(\\d+)/dagsorden", desk));
        desk = mette.postAndFollow("/moeder/" + meeting + "/punkter/nyt?gruppe=3", "/moeder/" + meeting + "/punkter",
                "gruppe", "3", "titel", "Status for kollektiv trafik");
        long item = Long.parseLong(find("/punkter/(\\d+)\">Status for kollektiv", desk));
        String editPath = "/punkter/" + item + "/rediger";

        HttpResponse<String> tooLarge = mette.upload(editPath, "/punkter/" + item + "/bilag", "fil", "stor.pdf",
                new byte[21 * 1024 * 1024]);
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        HttpResponse<String> uploaded = mette.upload(editPath, "/punkter/" + item + "/bilag", "fil", "notat.pdf",
                pdf("Notat om kollektiv trafik", "Rutebilerne til " + PDF_CANARY + " koerer hver time."),
                "titel", "Notat om kollektiv trafik");
        assertThat(uploaded.statusCode()).isEqualTo(302);
        String form = mette.page(editPath);
        assertThat(form).contains("Bilaget er vedhæftet punktet.", "Notat om kollektiv trafik");
        long annex = Long.parseLong(find("/dokumenter/(\\d+)\">Notat om kollektiv trafik", form));
        assertThat(mette.page("/dokumenter/" + annex)).contains(PDF_CANARY);
        assertThat(mette.page("/punkter/" + item)).contains("Notat om kollektiv trafik");

        assertThat(anyone.get("/dokumenter/" + annex).statusCode()).isEqualTo(404);
        assertThat(anyone.page("/soeg?q=" + encode(PDF_CANARY))).contains("Ingen resultater.");
        HttpResponse<String> notPdf = mette.upload(editPath, "/punkter/" + item + "/bilag", "fil", "billede.png",
                new byte[] {1, 2, 3});
        assertThat(notPdf.statusCode()).isEqualTo(302);
        assertThat(mette.page(editPath)).contains("Et bilag skal være en PDF-fil");

        mette.postAndFollow("/moeder/" + meeting + "/dagsorden", "/moeder/" + meeting + "/offentliggoer");
        assertThat(anyone.page("/dokumenter/" + annex)).contains(PDF_CANARY);
        assertThat(anyone.page("/soeg?q=" + encode(PDF_CANARY))).doesNotContain("Ingen resultater.");
        assertThat(anyone.page("/moeder/" + meeting)).contains("/dokumenter/" + annex);
    }

    /** A one-page PDF with a title line and a line of text, as an office program would save a memo. */
    private static byte[] pdf(String title, String line) throws java.io.IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument()) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
            document.addPage(page);
            var font = new org.apache.pdfbox.pdmodel.font.PDType1Font(
                    org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA);
            try (var content = new org.apache.pdfbox.pdmodel.PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(font, 12);
                content.newLineAtOffset(72, 700);
                content.showText(title);
                content.newLineAtOffset(0, -20);
                content.showText(line);
                content.endText();
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void aMemberKeepsAPrivateNoteOnAnItemAndFindsTheMeetingAmongTheirMeetings() {
        Browser mette = Browser.loggedIn(site, "mette", PASSWORD);
        Browser lars = Browser.loggedIn(site, "lars", PASSWORD);
        String desk = mette.postAndFollow("/moeder/nyt", "/moeder/nyt", "kkr", "midtjylland", "dato", "2027-12-06");
        long meeting = Long.parseLong(find("/moeder/(\\d+)/dagsorden", desk));
        desk = mette.postAndFollow("/moeder/" + meeting + "/punkter/nyt?gruppe=3", "/moeder/" + meeting + "/punkter",
                "gruppe", "3", "titel", "Budget for det fælles sekretariat");
        long item = Long.parseLong(find("/punkter/(\\d+)\">Budget for det", desk));
        mette.postAndFollow("/moeder/" + meeting + "/dagsorden", "/moeder/" + meeting + "/udsend");

        assertThat(lars.page("/mine-moeder")).contains("KKR Midtjylland, 6. december 2027", "/moeder/" + meeting);
        String saved = lars.postAndFollow("/punkter/" + item, "/punkter/" + item + "/note",
                "note", "Spørg til lønudgifterne " + NOTE_CANARY);
        assertThat(saved).contains("Noten er gemt.", NOTE_CANARY);
        mette.postAndFollow("/punkter/" + item + "/rediger", "/punkter/" + item + "/rediger",
                "titel", "Budget for det fælles sekretariat 2028");
        assertThat(lars.page("/punkter/" + item)).as("kept as the item changes").contains(NOTE_CANARY);
        assertThat(mette.page("/punkter/" + item)).contains("Din note").doesNotContain(NOTE_CANARY);
        mette.postAndFollow("/moeder/" + meeting + "/dagsorden", "/moeder/" + meeting + "/offentliggoer");
        Browser anyone = Browser.anonymous(site);
        assertThat(anyone.page("/punkter/" + item)).doesNotContain("Din note", NOTE_CANARY);
        assertThat(anyone.page("/soeg?q=" + encode(NOTE_CANARY))).contains("Ingen resultater.");
        assertThat(anyone.get("/mine-moeder").statusCode()).as("asked to log in").isEqualTo(302);
    }

    @Test
    void afterTheMeetingTheSecretariatRecordsAttendanceAndDecisionsAndReleasesTheMinutes() {
        Browser ida = Browser.loggedIn(site, "ida", PASSWORD);
        Browser nina = Browser.loggedIn(site, "nina", PASSWORD);
        Browser anyone = Browser.anonymous(site);
        String desk = ida.postAndFollow("/moeder/nyt", "/moeder/nyt", "kkr", "syddanmark", "dato", "2026-11-02",
                "tid", "10:00");
        long meeting = Long.parseLong(find("/moeder/(\\d+)/dagsorden", desk));
        String deskPath = "/moeder/" + meeting + "/dagsorden";
        String minutesPath = "/moeder/" + meeting + "/beslutninger";
        desk = ida.postAndFollow("/moeder/" + meeting + "/punkter/nyt?gruppe=3", "/moeder/" + meeting + "/punkter",
                "gruppe", "3", "titel", "Fælles plan for erhvervsskoler");
        long item = Long.parseLong(find("/punkter/(\\d+)\">Fælles plan", desk));
        assertThat(desk).doesNotContain("Fremmøde, beslutninger og referat");

        desk = ida.postAndFollow(deskPath, "/moeder/" + meeting + "/udsend");
        assertThat(desk).contains("Fremmøde, beslutninger og referat");
        String page = ida.postAndFollow(minutesPath, "/moeder/" + meeting + "/fremmoede",
                "navn-0", "Borgmester Mikael Vang", "kommune-0", "Kolding", "status-0", "til-stede",
                "stedfortraeder-0", "",
                "navn-1", "Karin Holt", "kommune-1", "Vejen Kommune", "status-1", "afbud", "stedfortraeder-1", "Per Lund",
                "navn-2", "", "kommune-2", "", "status-2", "til-stede", "stedfortraeder-2", "");
        assertThat(page).contains("Fremmødet er gemt.", "value=\"Karin Holt\"", "value=\"Per Lund\"");
        page = ida.postAndFollow(minutesPath, minutesPath, "beslutning-" + item, "Godkendt. " + DECISION_CANARY);
        assertThat(page).contains("Beslutningerne er gemt.", DECISION_CANARY);
        assertThat(nina.page("/punkter/" + item)).doesNotContain(DECISION_CANARY);
        assertThat(nina.get(minutesPath).statusCode()).isEqualTo(404);
        assertThat(anyone.get(minutesPath).statusCode()).as("to the login").isEqualTo(302);
        String refused = ida.postAndFollow(minutesPath, "/moeder/" + meeting + "/fremmoede", "navn-0", "Ole Ny",
                "kommune-0", "Atlantis", "status-0", "til-stede");
        assertThat(refused).contains("»Atlantis« er ikke en af de 98 kommuner.", "value=\"Karin Holt\"");

        page = ida.postAndFollow(minutesPath, "/moeder/" + meeting + "/referat/udsend");
        assertThat(page).contains("Referatet er udsendt.", "Referatet blev udsendt");
        assertThat(nina.page("/punkter/" + item)).contains("Beslutning", DECISION_CANARY);
        assertThat(nina.page("/moeder/" + meeting)).contains("Referat");
        assertThat(anyone.get("/punkter/" + item).statusCode()).isEqualTo(404);
        assertThat(anyone.page("/soeg?q=" + encode(DECISION_CANARY))).contains("Ingen resultater.");
        assertThat(nina.pdfText("/moeder/" + meeting + "/referat.pdf")).contains("Referat", DECISION_CANARY);
        assertThat(anyone.pdfText("/moeder/" + meeting + "/referat.pdf")).as("not yet published").isEmpty();

        ida.postAndFollow(deskPath, "/moeder/" + meeting + "/offentliggoer");
        assertThat(anyone.page("/punkter/" + item)).contains(DECISION_CANARY);
        assertThat(anyone.page("/moeder/" + meeting)).contains("/moeder/" + meeting + "/dagsorden.pdf",
                "/moeder/" + meeting + "/referat.pdf");
        assertThat(anyone.pdfText("/moeder/" + meeting + "/referat.pdf")).contains(DECISION_CANARY,
                "Per Lund, Vejen Kommune (stedfortræder for Karin Holt)");
        assertThat(anyone.pdfText("/moeder/" + meeting + "/dagsorden.pdf")).contains("Fælles plan for erhvervsskoler")
                .doesNotContain(DECISION_CANARY);
        assertThat(anyone.page("/soeg?q=" + encode(DECISION_CANARY))).contains("/punkter/" + item);
        assertThat(anyone.page("/dokumenter/" + documentOf(item)).replaceAll("<[^>]+>", "")).contains("Deltagere:",
                "Per Lund, Vejen Kommune (stedfortræder for Karin Holt)");

        // the next meeting's first item approves the minutes and lists them
        desk = ida.postAndFollow("/moeder/nyt", "/moeder/nyt", "kkr", "syddanmark", "dato", "2027-01-11");
        long first = Long.parseLong(find("/punkter/(\\d+)\">Godkendelse af referat<", desk));
        assertThat(ida.page("/punkter/" + first)).contains("Referat fra mødet 2. november 2026",
                "/dokumenter/" + documentOf(item));
    }

    @Test
    void aSecretariatKeepsItsKkrsTemplate() {
        Browser mette = Browser.loggedIn(site, "mette", PASSWORD);
        String page = mette.page("/skabeloner/nordjylland");
        assertThat(page).contains("1. Godkendelse af referat og dagsorden", "1.1. Godkendelse af referat");
        String kept = mette.postAndFollow("/skabeloner/nordjylland", "/skabeloner/nordjylland",
                "linjer", "1. Godkendelse af dagsorden\n2. Sager til beslutning\n2.1. Orientering fra formanden\n3. Eventuelt");
        assertThat(kept).contains("Skabelonen er gemt");
        String desk = mette.postAndFollow("/moeder/nyt", "/moeder/nyt", "kkr", "nordjylland", "dato", "2027-09-06");
        assertThat(desk).contains("Sager til beslutning", "Orientering fra formanden").doesNotContain("Udpegninger");
        String wrong = mette.postAndFollow("/skabeloner/nordjylland", "/skabeloner/nordjylland", "linjer", "Uden nummer");
        assertThat(wrong).contains("Linjen »Uden nummer« er hverken en overskrift");
        assertThat(Browser.loggedIn(site, "sara", PASSWORD).get("/skabeloner/nordjylland").statusCode()).isEqualTo(404);
    }

    private long documentOf(long item) {
        return JdbcClient.create(archive.dataSource()).sql("SELECT document_id FROM agenda_item WHERE id = :id")
                .param("id", item).query(Long.class).single();
    }

    private static String find(String pattern, String page) {
        Matcher m = Pattern.compile(pattern).matcher(page);
        assertThat(m.find()).as(pattern).isTrue();
        return m.group(1);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
