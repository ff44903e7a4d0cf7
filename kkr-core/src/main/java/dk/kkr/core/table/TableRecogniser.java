package dk.kkr.core.table;

import java.util.BitSet;
import java.util.List;

/** One shape of table. Implementations are stateless and thread-safe. */
interface TableRecogniser {

    /**
     * The tables of this shape among the lines not yet {@code taken} (indexes into {@code lines}); marks
     * every line of a table it returns as taken, so the next recogniser does not read it again.
     */
    List<Table> recognise(List<SourceLine> lines, BitSet taken);
}
