package dk.kkr.search;

import dk.kkr.core.shared.Shared;
import dk.kkr.core.dedup.ExtractionQuality;
import dk.kkr.core.extract.EntityExtractor;
import dk.kkr.core.model.SourceText;
import dk.kkr.core.parse.StructureParser;
import dk.kkr.core.pipeline.DocumentPipeline;
import dk.kkr.core.danish.ConfusionModel;
import dk.kkr.core.repair.OcrRepairer;
import dk.kkr.core.samples.Samples;
import dk.kkr.core.table.TableExtractor;
import dk.kkr.core.text.SourceReader;
import dk.kkr.store.ArchiveStore;
import dk.kkr.store.Database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The bundled samples and, when present, the real corpus in ../shared/corpus (system property kkr.shared),
 * imported through the document pipeline (read, OCR repair where needed, parse, extract) into an H2
 * database under the given directory.
 */
final class CorpusArchive {

    private CorpusArchive() {
    }

    /** The corpus folder, or null when it is not here. */
    static Path corpus() {
        return Shared.ifPresent().map(shared -> shared.resolve("corpus")).orElse(null);
    }

    static Database load(Path dir) throws Exception {
        OcrRepairer repairer = new OcrRepairer(TestDictionary.get(), ConfusionModel.standard());
        ExtractionQuality quality = new ExtractionQuality(TestDictionary.get()::accepts);
        DocumentPipeline pipeline = new DocumentPipeline(new SourceReader(), () -> repairer, new StructureParser(),
                new EntityExtractor(), new TableExtractor(), () -> quality);
        List<SourceText> sources = new ArrayList<>();
        for (String name : Samples.names()) {
            sources.add(pipeline.repair(new SourceReader().read(name, Samples.bytes(name))));
        }
        Path corpus = corpus();
        if (corpus != null) {
            try (Stream<Path> files = Files.list(corpus)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    sources.add(pipeline.read(file));
                }
            }
        }
        Database db = Database.open(dir, null, null, null);
        ArchiveStore store = new ArchiveStore(db.dataSource());
        for (SourceText source : sources) {
            store.save(pipeline.analyse(source));
        }
        return db;
    }
}
