package dk.kkr.app.web;

import dk.kkr.store.read.ArchiveFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A reader's path through the pages in Debian's headless Chromium: front page, meeting, item, source.
 * Skipped where Chromium or its driver is missing, except under CI (CI set), where that fails.
 * With {@code -Dkkr.screenshots=DIR} it saves a screenshot of each page it visits to DIR.
 */
class BrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final TestServer server = TestServer.get();
    private final ArchiveFixture.Ids ids = server.ids;
    private Path profile;
    private WebDriver browser;

    @BeforeEach
    void openBrowser() throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        assumeTrue(installed || System.getenv("CI") != null, "Chromium or chromedriver is not installed");
        assertThat(installed).as("CI needs /usr/bin/chromium and /usr/bin/chromedriver (chromium, chromium-driver)")
                .isTrue();
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
        profile = Files.createTempDirectory("kkr-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,1400", "--user-data-dir=" + profile);
        browser = new ChromeDriver(options);
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Test
    void readerGoesFromFrontPageToAnItemsRecommendationAndOnToItsSource() throws IOException {
        browser.get(server.url("/"));
        assertThat(browser.getTitle()).isEqualTo("Forside – KKR Platform");
        screenshot("forside");

        browser.findElement(By.linkText("7. september 2020")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("KKR Syddanmark – møde 7. september 2020");
        screenshot("moede");

        browser.findElement(By.partialLinkText("Udpegning til sundhedskoordinationsudvalget")).click();
        assertThat(browser.getCurrentUrl()).endsWith("/punkter/" + ids.item21());
        WebElement recommendation = browser.findElement(
                By.xpath("//section[h2='Indstilling']/div[@class='text']"));
        assertThat(recommendation.isDisplayed()).isTrue();
        assertThat(recommendation.getText()).isEqualTo("Det indstilles, at KKR Syddanmark udpeger to borgmestre.");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(ArchiveFixture.RAW_HTML);
        assertThat(browser.findElements(By.tagName("script"))).isEmpty();
        screenshot("punkt");

        browser.findElement(By.linkText("Vis i kilden")).click();
        assertThat(browser.getCurrentUrl()).endsWith("/dokumenter/" + ids.agenda() + "#punkt-" + ids.item21());
        WebElement marked = browser.findElement(By.id("punkt-" + ids.item21()));
        assertThat(marked.getText()).contains("Punkt 2.1: Udpegning", ArchiveFixture.RAW_HTML);
        assertThat(browser.findElements(By.tagName("script"))).isEmpty();
        screenshot("dokument");
    }

    @Test
    void memoAndMissingPagesRender() throws IOException {
        browser.get(server.url("/dokumenter/" + ids.memo()));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Notat om udpegning");
        screenshot("notat");

        browser.get(server.url("/punkter/999999"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Siden findes ikke");
        screenshot("404");
    }

    private void screenshot(String name) throws IOException {
        String directory = System.getProperty("kkr.screenshots");
        if (directory != null) {
            Path target = Files.createDirectories(Path.of(directory)).resolve(name + ".png");
            Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), target,
                    StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
