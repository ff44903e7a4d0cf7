package dk.kkr.core.parse;

import dk.kkr.core.model.SourceText;
import dk.kkr.core.shared.Shared;
import dk.kkr.core.text.SourceReader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;


/** Test access to the shared corpus ({@link Shared}); tests skip when it is absent, and fail on CI. */
final class Corpus {

    private Corpus() {
    }

    /** The shared directory, or the calling test is skipped. */
    static Path shared() {
        return Shared.required();
    }

    /** The corpus file whose name starts with {@code prefix} ("003"), read as a source text. */
    static SourceText source(String prefix) throws IOException {
        Path file;
        try (var files = Files.list(shared().resolve("corpus"))) {
            file = files.filter(f -> f.getFileName().toString().startsWith(prefix + "_")).findFirst().orElse(null);
        }
        Shared.assume(file != null, "corpus file " + prefix + " not available");
        return new SourceReader().read(file);
    }

    /** A made-up text as a source, taken as it is (even when empty, which the reader would refuse). */
    static SourceText snippet(String text) {
        return new SourceText("snippet.txt", "0".repeat(64), text.getBytes(StandardCharsets.UTF_8).length,
                "text/plain", text, List.of());
    }
}
