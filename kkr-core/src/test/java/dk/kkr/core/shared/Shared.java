package dk.kkr.core.shared;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code ../shared} beside the project, as the build passes it (system property {@code kkr.shared}): the real
 * corpus, the gold answers and the OParl schemas. The one place tests find it. Where it is missing, a test that
 * needs it is skipped on a developer's machine, but fails on CI (environment variable {@code CI} set, as
 * {@code .ci/run} sets it): CI must not pass by skipping the corpus.
 */
public final class Shared {

    private Shared() {
    }

    /** The folder, if it holds the corpus. */
    public static Optional<Path> ifPresent() {
        String dir = System.getProperty("kkr.shared", "../shared");
        Path path = Path.of(dir);
        return !dir.isBlank() && Files.isDirectory(path.resolve("corpus")) ? Optional.of(path) : Optional.empty();
    }

    /** The folder; when it is missing, the calling test is skipped, or fails on CI. */
    public static Path required() {
        Optional<Path> shared = ifPresent();
        assume(shared.isPresent(), "../shared/corpus is not beside the project (system property kkr.shared: "
                + System.getProperty("kkr.shared") + ")");
        return shared.orElseThrow();
    }

    /**
     * For a test that needs something from {@code ../shared} (a corpus file, a scorer, the OParl schemas) or a tool
     * the corpus tests run: when {@code present} is false the test is skipped, or fails on CI, saying {@code why}.
     */
    public static void assume(boolean present, String why) {
        if (!present && onCi()) {
            fail(why + "; on CI the corpus tests must run");
        }
        assumeTrue(present, why);
    }

    /** {@code required().resolve("corpus")}. */
    public static Path corpus() {
        return required().resolve("corpus");
    }

    private static boolean onCi() {
        String ci = System.getenv("CI");
        return ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false");
    }
}
