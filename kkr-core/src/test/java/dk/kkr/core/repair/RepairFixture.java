package dk.kkr.core.repair;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** One repairer for all repair tests (the dictionary takes a second to load), and the shared corpus. */
final class RepairFixture {

    static final OcrRepairer REPAIRER = OcrRepairer.standard();

    private RepairFixture() {
    }

    /** {@code ../shared} as surefire passes it in {@code kkr.shared}, if it is there. */
    static Optional<Path> shared() {
        String dir = System.getProperty("kkr.shared");
        return dir != null && Files.isDirectory(Path.of(dir, "corpus")) ? Optional.of(Path.of(dir)) : Optional.empty();
    }
}
