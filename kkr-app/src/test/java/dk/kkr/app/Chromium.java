package dk.kkr.app;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
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
 * Debian's Chromium, headless, driven by its chromedriver, with a profile of its own that is removed with it. Where
 * Chromium or its driver is missing the test is skipped, except under CI (CI set), where that fails. With
 * {@code -Dkkr.screenshots=DIR} {@link #screenshot} saves the page shown to DIR.
 */
final class Chromium implements AutoCloseable {

    private static final Path BINARY = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private final WebDriver driver;
    private final Path profile;

    private Chromium(WebDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** A new browser window of 1280 × 1400 pixels. */
    static Chromium open() throws IOException {
        boolean installed = Files.isExecutable(BINARY) && Files.isExecutable(DRIVER);
        assumeTrue(installed || System.getenv("CI") != null, "Chromium or chromedriver is not installed");
        assertThat(installed).as("CI needs /usr/bin/chromium and /usr/bin/chromedriver (chromium, chromium-driver)")
                .isTrue();
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, DRIVER.toString());
        Path profile = Files.createTempDirectory("kkr-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,1400", "--user-data-dir=" + profile);
        return new Chromium(new ChromeDriver(options), profile);
    }

    WebDriver driver() {
        return driver;
    }

    /** Saves the page shown as {@code name}.png when screenshots are asked for. */
    void screenshot(String name) throws IOException {
        String directory = System.getProperty("kkr.screenshots");
        if (directory != null) {
            Path target = Files.createDirectories(Path.of(directory)).resolve(name + ".png");
            Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), target,
                    StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
