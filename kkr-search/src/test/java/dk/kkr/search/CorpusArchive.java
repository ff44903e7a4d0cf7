package dk.kkr.search;

import dk.kkr.core.model.SourceText;
import dk.kkr.core.parse.StructureParser;
import dk.kkr.core.repair.ConfusionModel;
import dk.kkr.core.repair.OcrRepairer;
import dk.kkr.core.repair.RepairResult;
import dk.kkr.core.samples.Samples;
import dk.kkr.core.text.SourceReader;
import dk.kkr.store.ArchiveStore;
import dk.kkr.store.Database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The bundled samples and, when present, the real corpus in ../shared/corpus (system property kkr.shared),
 * imported the way DESIGN.md draws the road: read, OCR repair where needed, parse, store in an H2
 * database under the given directory.
 */
final class CorpusArchive {

    private CorpusArchive() {
    }

    /** The corpus folder, or null when it is not here. */
    static Path corpus() {
        Path corpus = Path.of(System.getProperty("kkr.shared", "../shared"), "corpus");
        return Files.isDirectory(corpus) ? corpus : null;
    }

    static Database load(Path dir) throws Exception {
        SourceReader reader = new SourceReader();
        List<SourceText> sources = new ArrayList<>();
        for (String name : Samples.names()) {
            sources.add(reader.read(name, Samples.bytes(name)));
        }
        Path corpus = corpus();
        if (corpus != null) {
            try (Stream<Path> files = Files.list(corpus)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    sources.add(reader.read(file));
                }
            }
        }
        OcrRepairer repairer = new OcrRepairer(TestDictionary.get(), ConfusionModel.standard());
        StructureParser parser = new StructureParser();
        Database db = Database.open(dir, null, null, null);
        ArchiveStore store = new ArchiveStore(db.dataSource());
        for (SourceText source : sources) {
            SourceText repaired = repaired(source, repairer.repair(source.text()));
            store.save(repaired, parser.parse(repaired));
        }
        return db;
    }

    private static SourceText repaired(SourceText source, RepairResult repair) throws IOException {
        if (!repair.repairNeeded()) {
            return source;
        }
        List<String> notes = new ArrayList<>(source.notes());
        notes.add("OCR-fejl rettet");
        return new SourceText(source.fileName(), source.sha256(), source.byteSize(), source.mediaType(),
                repair.repaired(), notes);
    }
}
