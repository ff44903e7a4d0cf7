package dk.kkr.core.text;

import java.util.Arrays;
import java.util.stream.IntStream;

/** Where each line of a text starts, to turn a character offset into a line and column (both from 1). */
public final class LinePositions {

    private final int[] lineStarts;

    private LinePositions(int[] lineStarts) {
        this.lineStarts = lineStarts;
    }

    public static LinePositions of(String text) {
        return new LinePositions(IntStream.concat(IntStream.of(0),
                IntStream.range(0, text.length()).filter(i -> text.charAt(i) == '\n').map(i -> i + 1)).toArray());
    }

    public int line(int offset) {
        return index(offset) + 1;
    }

    public int column(int offset) {
        return offset - lineStarts[index(offset)] + 1;
    }

    private int index(int offset) {
        int found = Arrays.binarySearch(lineStarts, offset);
        return found >= 0 ? found : -found - 2;
    }
}
