package dk.kkr.core.pipeline;

import dk.kkr.core.dedup.ExtractionQuality;
import dk.kkr.core.extract.Entities;
import dk.kkr.core.model.ParsedDocument;
import dk.kkr.core.model.SourceText;
import dk.kkr.core.table.Table;

import java.util.List;
import java.util.Objects;

/**
 * Everything the pipeline understood of one file: its text, the structure parsed from it, the entities and
 * the tables found in it, and the text's {@link ExtractionQuality quality} (0–1), which decides which of
 * two extractions of one document is shown. Every span of the structure, the entities and the tables
 * points into {@code source.text()}, so the store can link a mention to the item it stands in.
 */
public record ParsedFile(SourceText source, ParsedDocument structure, Entities entities, List<Table> tables,
                         double quality) {
    public ParsedFile {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(structure, "structure");
        Objects.requireNonNull(entities, "entities");
        tables = List.copyOf(tables);
    }
}
