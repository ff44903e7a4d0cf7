package dk.kkr.core.pipeline;

import dk.kkr.core.dedup.ExtractionQuality;
import dk.kkr.core.extract.EntityExtractor;
import dk.kkr.core.model.SourceText;
import dk.kkr.core.model.TextChange;
import dk.kkr.core.parse.StructureParser;
import dk.kkr.core.repair.OcrRepairer;
import dk.kkr.core.repair.RepairResult;
import dk.kkr.core.table.TableExtractor;
import dk.kkr.core.text.Messages;
import dk.kkr.core.text.PageProgress;
import dk.kkr.core.text.SourceReader;
import dk.kkr.core.text.UnreadableSourceException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The road from a file to a parsed document, stage by stage: read (PDFBox or plain text, encodings,
 * normalising), OCR repair where the text needs it (the original is kept), then structure, entities and
 * tables, all three on the same repaired text. Reading and repair are also callable alone. Thread-safe;
 * the Danish dictionary behind the repair is loaded once, on first use.
 */
public final class DocumentPipeline {

    private final SourceReader reader;
    private final Supplier<OcrRepairer> repairer;
    private final StructureParser parser;
    private final EntityExtractor entities;
    private final TableExtractor tables;
    private final Supplier<ExtractionQuality> quality;

    public DocumentPipeline(SourceReader reader, Supplier<OcrRepairer> repairer, StructureParser parser,
                            EntityExtractor entities, TableExtractor tables, Supplier<ExtractionQuality> quality) {
        this.reader = reader;
        this.repairer = repairer;
        this.parser = parser;
        this.entities = entities;
        this.tables = tables;
        this.quality = quality;
    }

    /** The standard stages, with the repairer's dictionary loaded lazily and only once. */
    public static DocumentPipeline standard() {
        return new DocumentPipeline(new SourceReader(), Standard::repairer, new StructureParser(),
                new EntityExtractor(), new TableExtractor(), Standard::quality);
    }

    /** Reads a file and repairs its OCR damage, if it has any. */
    public SourceText read(Path file) throws UnreadableSourceException {
        return repair(reader.read(file));
    }

    /**
     * Reads a file and repairs its OCR damage, unless {@code known} says its SHA-256 is known already: then
     * empty, with no work done beyond hashing its bytes.
     */
    public Optional<SourceText> readUnlessKnown(Path file, Predicate<String> known) throws UnreadableSourceException {
        return readUnlessKnown(file, known, PageProgress.NONE);
    }

    /** As {@link #readUnlessKnown(Path, Predicate)}, telling {@code progress} of each scanned page read with OCR. */
    public Optional<SourceText> readUnlessKnown(Path file, Predicate<String> known, PageProgress progress)
            throws UnreadableSourceException {
        return reader.readUnlessKnown(file, known, progress).map(this::repair);
    }

    /** The same text when it needs no repair; else the repaired text, with the original and each change. */
    public SourceText repair(SourceText read) {
        RepairResult result = repairer.get().repair(read.text());
        if (!result.repairNeeded() || result.changes().isEmpty()) {
            return read;
        }
        List<TextChange> changes = result.changes().stream()
                .map(c -> new TextChange(c.offset(), c.before(), c.after(), c.confidence())).toList();
        List<String> notes = new ArrayList<>(read.notes());
        notes.add(Messages.text("source.note.ocrRepaired", changes.size()));
        return new SourceText(read.fileName(), read.sha256(), read.byteSize(), read.mediaType(), result.repaired(),
                notes, read.text(), changes);
    }

    /** The structure, the entities and the tables of a (repaired) text. */
    public ParsedFile analyse(SourceText text) {
        return new ParsedFile(text, parser.parse(text), entities.extract(text.text()), tables.extract(text.text()),
                quality.get().score(text.text()));
    }

    /** Holds the one Danish dictionary and what uses it; loading takes a second, so it waits for first use. */
    private static final class Standard {
        private static final OcrRepairer REPAIRER = OcrRepairer.standard();
        private static final ExtractionQuality QUALITY = new ExtractionQuality(REPAIRER.dictionary()::accepts);

        static OcrRepairer repairer() {
            return REPAIRER;
        }

        static ExtractionQuality quality() {
            return QUALITY;
        }
    }
}
