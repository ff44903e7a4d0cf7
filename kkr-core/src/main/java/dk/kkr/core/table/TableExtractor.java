package dk.kkr.core.table;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the tables in a text and checks their totals. Three recognisers run in turn, each on the lines the
 * ones before left: markdown pipe tables ({@link Table.Kind#PIPE}), space-aligned rows of a label and
 * numbers ({@link Table.Kind#ALIGNED}) and tables that OCR read column by column
 * ({@link Table.Kind#COLUMNWISE}). Every span points into the text given. Stateless and thread-safe.
 */
public final class TableExtractor {

    private static final List<TableRecogniser> RECOGNISERS =
            List.of(new PipeTables(), new AlignedRows(), new ColumnwiseTables());

    /** The tables of {@code text} in the order they stand. */
    public List<Table> extract(String text) {
        List<SourceLine> lines = SourceLine.split(text);
        BitSet taken = new BitSet(lines.size());
        List<Table> tables = new ArrayList<>();
        for (TableRecogniser recogniser : RECOGNISERS) {
            tables.addAll(recogniser.recognise(lines, taken));
        }
        tables.sort(Comparator.comparingInt(t -> t.span().start()));
        return List.copyOf(tables);
    }
}
