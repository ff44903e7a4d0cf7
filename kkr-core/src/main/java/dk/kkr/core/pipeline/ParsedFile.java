package dk.kkr.core.pipeline;

import dk.kkr.core.dedup.ExtractionQuality;
import dk.kkr.core.dedup.Fingerprint;
import dk.kkr.core.extract.Entities;
import dk.kkr.core.model.ParsedDocument;
import dk.kkr.core.model.SourceText;
import dk.kkr.core.table.Table;

import java.util.List;
import java.util.Objects;

/**
 * Everything the pipeline understood of one file: its text, the structure parsed from it, the entities and
 * the tables found in it, the text's {@link ExtractionQuality quality} (0–1), which decides which of
 * two extractions of one document is shown, and its {@link Fingerprint}, by which those extractions are found. Every span of the structure, the entities and the tables
 * points into {@code source.text()}, so the store can link a mention to the item it stands in.
 */
public record ParsedFile(SourceText source, ParsedDocument structure, Entities entities, List<Table> tables,
                         double quality, Fingerprint fingerprint) {
    public ParsedFile {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(structure, "structure");
        Objects.requireNonNull(entities, "entities");
        Objects.requireNonNull(fingerprint, "fingerprint");
        tables = List.copyOf(tables);
    }

    /** As understood, with the fingerprint of the source's text. */
    public ParsedFile(SourceText source, ParsedDocument structure, Entities entities, List<Table> tables,
                      double quality) {
        this(source, structure, entities, tables, quality, Fingerprint.of(source.text()));
    }
}
