package dk.kkr.core.parse;

import dk.kkr.core.model.SourceText;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Test access to the shared corpus (system property {@code kkr.shared}); tests skip when it is absent. */
final class Corpus {

    private Corpus() {
    }

    /** The shared directory, or the calling test is skipped. */
    static Path shared() {
        String dir = System.getProperty("kkr.shared");
        assumeTrue(dir != null && !dir.isBlank() && Files.isDirectory(Path.of(dir, "corpus")),
                "shared corpus not available");
        return Path.of(dir);
    }

    /** The corpus file whose name starts with {@code prefix} ("003"), read as a source text. */
    static SourceText source(String prefix) throws IOException {
        Path file;
        try (var files = Files.list(shared().resolve("corpus"))) {
            file = files.filter(f -> f.getFileName().toString().startsWith(prefix + "_")).findFirst().orElse(null);
        }
        assumeTrue(file != null, "corpus file " + prefix + " not available");
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.UTF_8).replace("\r\n", "\n");
        return new SourceText(file.getFileName().toString(), sha256(bytes), bytes.length, "text/plain", text,
                List.of());
    }

    /** A made-up text as a source. */
    static SourceText snippet(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new SourceText("snippet.txt", sha256(bytes), bytes.length, "text/plain", text, List.of());
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
