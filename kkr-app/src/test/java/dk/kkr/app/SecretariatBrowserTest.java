package dk.kkr.app;

import dk.kkr.cli.DemoCommand;
import dk.kkr.cli.KkrMain;
import dk.kkr.service.Site;
import dk.kkr.service.access.Passwords;
import dk.kkr.store.Database;
import dk.kkr.store.access.AccountStore;
import dk.kkr.store.access.Role;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A KKR secretariat makes a meeting in Debian's headless Chromium, as it works, without JavaScript on the pages:
 * creates the meeting, writes an open item with an annex uploaded as PDF and a closed item, releases and publishes
 * the agenda, records who attended and the decisions and releases the minutes; then what the public and a member read,
 * and the agenda PDF's table of contents, bookmarks and pages. (The test sets date fields through the browser's
 * script, as a user picks a date; the site itself runs none.)
 */
class SecretariatBrowserTest {

    private static final String PASSWORD = "korrekt hest batteri";
    /** A word of the closed item only. */
    private static final String SECRET = "Mosebakkegrunden";

    private static Site.Running demo;
    private static String site;

    @BeforeAll
    static void startDemoWithAccounts(@TempDir Path data) throws IOException {
        try (Database db = Database.open(data, null, null, null)) {
            AccountStore accounts = new AccountStore(db.dataSource());
            accounts.add("ida", Role.SECRETARIAT, List.of("syddanmark"), null, Passwords.hash(PASSWORD));
            accounts.add("nina", Role.MEMBER, List.of("syddanmark"), null, Passwords.hash(PASSWORD));
        }
        CommandLine cli = KkrMain.commandLine();
        cli.setOut(new PrintWriter(new StringWriter()));
        cli.parseArgs("demo", "--data", data.toString(), "--port", "0");
        demo = ((DemoCommand) cli.getSubcommands().get("demo").getCommand()).start();
        assertThat(demo).as("the demo imports its samples").isNotNull();
        site = "http://localhost:" + demo.port();
    }

    @AfterAll
    static void stopDemo() {
        if (demo != null) {
            demo.close();
        }
    }

    @Test
    void aSecretariatMakesAMeetingFromAgendaToMinutes(@TempDir Path files) throws Exception {
        try (Chromium chromium = Chromium.open()) {
            WebDriver browser = chromium.driver();
            logIn(browser, "ida");

            browser.get(site + "/moeder/nyt");
            new Select(browser.findElement(By.name("kkr"))).selectByValue("syddanmark");
            setValue(browser, browser.findElement(By.name("dato")), "2026-11-02");
            setValue(browser, browser.findElement(By.name("tid")), "10:00");
            browser.findElement(By.name("sted")).sendKeys("Regionshuset, Vejle");
            submit(browser, browser.findElement(By.name("sted")));
            assertThat(text(browser)).contains("Mødet er oprettet", "Godkendelse af referat");
            String desk = browser.getCurrentUrl();
            long meeting = Long.parseLong(desk.replaceAll(".*/moeder/(\\d+)/dagsorden.*", "$1"));
            chromium.screenshot("sekretariat-dagsorden");

            addItem(browser, "Fælles indsats for erhvervsskolerne", "SAG-2026-00321", "kbj",
                    "Kolding Kommune og Vejle Kommune vil samle erhvervsskolernes optag.");
            addItem(browser, "Køb af " + SECRET, null, null, "Sælger ønsker diskretion om " + SECRET + ".");
            long open = itemOnDesk(browser, "Fælles indsats for erhvervsskolerne");
            long closed = itemOnDesk(browser, "Køb af " + SECRET);

            // the annex, uploaded as PDF on the open item's edit page
            browser.get(site + "/punkter/" + open + "/rediger");
            browser.findElement(By.name("fil")).sendKeys(annexPdf(files.resolve("notat-erhvervsskoler.pdf"))
                    .toString());
            browser.findElement(By.id("bilagstitel")).sendKeys("Notat om erhvervsskolerne");
            submit(browser, browser.findElement(By.id("bilagstitel")));
            assertThat(text(browser)).contains("Bilaget er vedhæftet punktet.", "Notat om erhvervsskolerne");

            // the second item closed on its page
            browser.get(site + "/punkter/" + closed);
            browser.findElement(By.id("offentligTitel")).sendKeys("Køb af en grund");
            submit(browser, browser.findElement(By.id("offentligTitel")));
            assertThat(text(browser)).contains("Punktet er lukket.");

            browser.get(desk);
            press(browser, "Udsend til medlemmerne");
            assertThat(text(browser)).contains("Dagsordenen er udsendt til medlemmerne.");
            press(browser, "Offentliggør nu");
            assertThat(text(browser)).contains("Dagsordenen er offentliggjort.");

            // after the meeting: who attended, the decision, the minutes
            follow(browser, "Fremmøde, beslutninger og referat");
            // the list starts from those the KKR's latest minutes name; the first two rows are written anew
            assertThat(browser.findElement(By.name("navn-0")).getAttribute("value")).as("the list proposed")
                    .isNotBlank();
            type(browser, "navn-0", "Borgmester Jens Lund");
            type(browser, "kommune-0", "Kolding");
            type(browser, "navn-1", "Eva Ris");
            type(browser, "kommune-1", "Vejle");
            new Select(browser.findElement(By.name("status-1"))).selectByVisibleText("Afbud");
            browser.findElement(By.name("stedfortraeder-1")).sendKeys("Ole Bak");
            press(browser, "Gem fremmødet");
            assertThat(text(browser)).contains("Fremmødet er gemt.");
            browser.findElement(By.id("beslutning-" + open)).sendKeys("Godkendt; optaget samles fra 2027.");
            press(browser, "Gem beslutningerne");
            assertThat(text(browser)).contains("Beslutningerne er gemt.");
            press(browser, "Udsend referatet");
            assertThat(text(browser)).contains("Referatet er udsendt.");
            chromium.screenshot("sekretariat-referat");

            // the public
            browser.manage().deleteAllCookies();
            browser.get(site + "/moeder/" + meeting);
            assertThat(text(browser)).contains("Fælles indsats for erhvervsskolerne", "Køb af en grund")
                    .doesNotContain(SECRET);
            browser.get(site + "/punkter/" + open);
            assertThat(text(browser)).contains("Godkendt; optaget samles fra 2027.", "Notat om erhvervsskolerne");
            browser.get(site + "/punkter/" + closed);
            assertThat(text(browser)).contains("Lukket punkt").doesNotContain(SECRET);
            chromium.screenshot("offentlig-punkt");

            // a member of the KKR
            logIn(browser, "nina");
            browser.get(site + "/punkter/" + closed);
            assertThat(text(browser)).contains(SECRET, "Lukket materiale");
            assertPublicAgendaPdf(meeting);
        }
    }

    /** The agenda as PDF, as the public reads it: its table of contents, bookmarks and pages. */
    private static void assertPublicAgendaPdf(long meeting) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(site + "/moeder/" + meeting + "/dagsorden.pdf")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(pdf));
            }
            assertThat(String.join("", pages)).doesNotContain(SECRET).contains("Rute 7 til Vejle Erhvervsskole");
            Matcher entry = Pattern.compile("3\\.1 {2}Fælles indsats for erhvervsskolerne (\\d+)").matcher(pages.get(1));
            assertThat(entry.find()).as("the table of contents").isTrue();
            assertThat(pages.get(Integer.parseInt(entry.group(1)) - 1)).contains("3.1 Fælles indsats for erhvervsskolerne");
            List<String> bookmarks = new ArrayList<>();
            outline(pdf.getDocumentCatalog().getDocumentOutline(), bookmarks);
            assertThat(bookmarks).contains("3.1 Fælles indsats for erhvervsskolerne", "3.2 Køb af en grund",
                    "Bilag 3.1.1: Notat om erhvervsskolerne");
            assertThat(pages.getLast()).contains("Bilag 3.1.1", "Side " + pages.size() + " af " + pages.size());
            System.out.printf("Dagsorden som PDF fra browserforløbet: %d sider, %d bogmærker%n", pages.size(),
                    bookmarks.size());
        }
    }

    private static void logIn(WebDriver browser, String name) {
        browser.get(site + "/log-ind");
        browser.findElement(By.id("navn")).sendKeys(name);
        browser.findElement(By.id("adgangskode")).sendKeys(PASSWORD);
        submit(browser, browser.findElement(By.id("adgangskode")));
        assertThat(browser.getCurrentUrl()).isEqualTo(site + "/");
    }

    private static void addItem(WebDriver browser, String title, String caseId, String owner, String background) {
        follow(browser, "Tilføj punkt under 3");
        browser.findElement(By.id("titel")).sendKeys(title);
        if (caseId != null) {
            browser.findElement(By.id("sagsId")).sendKeys(caseId);
            browser.findElement(By.id("sagsbehandler")).sendKeys(owner);
        }
        browser.findElement(By.id("afsnit-Baggrund")).sendKeys(background);
        submit(browser, browser.findElement(By.id("titel")));
        assertThat(text(browser)).contains("Punktet er tilføjet.", title);
    }

    /** The id of the item titled {@code title} on the desk shown. */
    private static long itemOnDesk(WebDriver browser, String title) {
        String href = browser.findElement(By.linkText(title)).getAttribute("href");
        return Long.parseLong(href.replaceAll(".*/punkter/(\\d+).*", "$1"));
    }

    /** Writes {@code value} in the field named {@code name} in place of what it holds. */
    private static void type(WebDriver browser, String name, String value) {
        WebElement field = browser.findElement(By.name(name));
        field.clear();
        field.sendKeys(value);
    }

    /** Submits the form {@code field} stands in with its submit button, and waits for the page that answers. */
    private static void submit(WebDriver browser, WebElement field) {
        click(browser, field.findElement(By.xpath("ancestor::form//button[@type='submit']")));
    }

    /** Presses the button labelled {@code label}, and waits for the page that answers. */
    private static void press(WebDriver browser, String label) {
        click(browser, browser.findElement(By.xpath("//button[normalize-space()='" + label + "']")));
    }

    /** Follows the link {@code text}, and waits for its page. */
    private static void follow(WebDriver browser, String text) {
        click(browser, browser.findElement(By.linkText(text)));
    }

    /** Clicks {@code target} and waits until the page it stood on is gone (any answer about it but a live one). */
    private static void click(WebDriver browser, WebElement target) {
        WebElement page = browser.findElement(By.tagName("html"));
        target.click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> {
            try {
                page.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                // stale, or (Chromium) "node … does not belong to the document": the new page has come
                return true;
            }
        });
    }

    /** Sets a date or time field as the browser's picker does. */
    private static void setValue(WebDriver browser, WebElement field, String value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", field, value);
    }

    private static String text(WebDriver browser) {
        return browser.findElement(By.tagName("main")).getText();
    }

    /** A one-page PDF memo, written with PDFBox. */
    private static Path annexPdf(Path file) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(pdf, page)) {
                out.beginText();
                out.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                out.newLineAtOffset(72, 700);
                out.showText("NOTAT");
                out.newLineAtOffset(0, -24);
                out.showText("Erhvervsskolernes optag i Syddanmark");
                out.newLineAtOffset(0, -24);
                out.showText("Rute 7 til Vejle Erhvervsskole omlaegges fra august 2027.");
                out.endText();
            }
            pdf.save(file.toFile());
        }
        return file;
    }

    private static void outline(PDOutlineNode node, List<String> titles) {
        for (PDOutlineItem item : node.children()) {
            titles.add(item.getTitle());
            outline(item, titles);
        }
    }
}
