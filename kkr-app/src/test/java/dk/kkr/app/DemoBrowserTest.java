package dk.kkr.app;

import dk.kkr.cli.DemoCommand;
import dk.kkr.cli.KkrMain;
import dk.kkr.service.DanishFormat;
import dk.kkr.core.model.ParsedDocument;
import dk.kkr.core.model.ParsedItem;
import dk.kkr.core.model.Section;
import dk.kkr.core.parse.StructureParser;
import dk.kkr.core.samples.Samples;
import dk.kkr.core.text.SourceReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import dk.kkr.service.Site;
import picocli.CommandLine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo as a reader meets it, in Debian's headless Chromium: `kkr demo` imports the bundled samples
 * and serves them; the reader goes from the front page to a meeting, an item's Indstilling, and its source.
 * Skipped where Chromium or its driver is missing, except under CI ({@link Chromium}).
 * With {@code -Dkkr.screenshots=DIR} it saves a screenshot of each page it visits to DIR.
 */
class DemoBrowserTest {

    private static Site.Running demo;
    private static int port;
    private Chromium chromium;
    private WebDriver browser;

    @BeforeAll
    static void startDemo(@TempDir Path data) throws IOException {
        CommandLine cli = KkrMain.commandLine();
        cli.setOut(new PrintWriter(new StringWriter()));
        cli.parseArgs("demo", "--data", data.toString(), "--port", "0");
        demo = ((DemoCommand) cli.getSubcommands().get("demo").getCommand()).start();
        assertThat(demo).as("the demo imports its samples").isNotNull();
        port = demo.port();
    }

    @AfterAll
    static void stopDemo() {
        if (demo != null) {
            demo.close();
        }
    }

    @BeforeEach
    void openBrowser() throws IOException {
        chromium = Chromium.open();
        browser = chromium.driver();
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void readerGoesFromFrontPageToAnItemsRecommendationAndOnToItsSource() throws IOException {
        String sample = Samples.names().stream().filter(n -> n.startsWith("dagsorden") && n.endsWith(".txt"))
                .findFirst().orElseThrow();
        ParsedDocument agenda = new StructureParser().parse(new SourceReader().read(sample, Samples.bytes(sample)));
        ParsedItem item = agenda.items().stream().filter(i -> recommendation(i) != null).skip(1)
                .findFirst().orElseThrow();

        browser.get(url("/"));
        assertThat(browser.getTitle()).isEqualTo("Forside – KKR Platform");
        screenshot("forside");

        browser.findElement(By.linkText(new DanishFormat().date(agenda.meeting().date()))).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith(agenda.body() + " – møde");
        screenshot("moede");

        browser.findElement(By.partialLinkText(item.title())).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains(item.title());
        WebElement recommendation = browser.findElement(By.xpath("//section[h2='Indstilling']/div[@class='text']"));
        assertThat(recommendation.isDisplayed()).isTrue();
        assertThat(squeeze(recommendation.getText())).isEqualTo(squeeze(recommendation(item).text()));
        assertThat(browser.findElements(By.tagName("script"))).isEmpty();
        screenshot("punkt");

        browser.findElement(By.linkText("Vis i kilden")).click();
        String anchor = browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf('#') + 1);
        assertThat(anchor).startsWith("punkt-");
        assertThat(browser.findElement(By.id(anchor)).getText()).contains(item.title());
        screenshot("dokument");
    }

    @Test
    void missingPageSaysSoInDanish() throws IOException {
        browser.get(url("/punkter/999999"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Siden findes ikke");
        screenshot("404");
    }

    private static Section recommendation(ParsedItem item) {
        return item.sections().stream().filter(s -> s.heading().equals("Indstilling")).findFirst().orElse(null);
    }

    private static String squeeze(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void screenshot(String name) throws IOException {
        chromium.screenshot(name);
    }
}
