package dk.kkr.core.samples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/** The project's own fictional sample documents, bundled on the classpath and listed in samples.txt. */
public final class Samples {

    private static final String FOLDER = "/dk/kkr/samples/";

    private Samples() {
    }

    public static List<String> names() {
        try (InputStream in = open("samples.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies every sample into {@code dir}. */
    public static void copyTo(Path dir) throws IOException {
        for (String name : names()) {
            try (InputStream in = open(name)) {
                Files.copy(in, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** The bytes of one sample. */
    public static byte[] bytes(String name) throws IOException {
        try (InputStream in = open(name)) {
            return in.readAllBytes();
        }
    }

    private static InputStream open(String name) throws IOException {
        InputStream in = Samples.class.getResourceAsStream(FOLDER + name);
        if (in == null) {
            throw new IOException("sample missing from the classpath: " + name);
        }
        return in;
    }
}
