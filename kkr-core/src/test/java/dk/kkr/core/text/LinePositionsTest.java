package dk.kkr.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinePositionsTest {

    @Test
    void offsetsBecomeLinesAndColumnsCountedFromOne() {
        String text = "ab\n\ncde\nf";
        LinePositions at = LinePositions.of(text);
        assertThat(at.line(0)).isEqualTo(1);
        assertThat(at.column(1)).isEqualTo(2);
        assertThat(at.line(3)).isEqualTo(2);
        assertThat(at.column(3)).isEqualTo(1);
        assertThat(at.line(6)).isEqualTo(3);
        assertThat(at.column(6)).isEqualTo(3);
        assertThat(at.line(text.indexOf('f'))).isEqualTo(4);
        assertThat(at.column(text.indexOf('f'))).isEqualTo(1);
    }
}
