package dk.kkr.core.danish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.io.StringReader;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MunicipalityCsvTest {

    @Test
    void readsRowsAndSortsThemByCode() throws IOException {
        String csv = """
                code,name,region
                851,Aalborg,Region Nordjylland
                101,København,Region Hovedstaden
                """;
        assertThat(MunicipalityCsv.parse("test", new StringReader(csv))).containsExactly(
                new Municipality(101, "København", "Region Hovedstaden"),
                new Municipality(851, "Aalborg", "Region Nordjylland"));
    }

    static Stream<Arguments> malformed() {
        String header = MunicipalityCsv.HEADER + "\n";
        return Stream.of(
                arguments("kode,navn,region\n101,København,Region Hovedstaden\n", "test: expected header"),
                arguments("", "test: expected header"),
                arguments(header + "101,København\n", "test:2: expected 3 fields"),
                arguments(header + "101,København,Region Hovedstaden,x\n", "test:2: expected 3 fields"),
                arguments(header + "41,Ærø,Region Syddanmark\n", "test:2: code '41' is not three digits"),
                arguments(header + "1O1,København,Region Hovedstaden\n", "test:2: code '1O1' is not three digits"),
                arguments(header + "101,,Region Hovedstaden\n", "test:2: empty name"),
                arguments(header + "101,København,Hovedstaden\n", "test:2: unknown region"),
                arguments(header + "101,København,Region Hovedstaden\n101,Frederiksberg,Region Hovedstaden\n",
                        "test:3: duplicate code 101"),
                arguments(header + "101,København,Region Hovedstaden\n\n147,københavn,Region Hovedstaden\n",
                        "test:4: duplicate name"),
                arguments(header, "test: no municipalities"));
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void failsLoudlyOnMalformedInput(String csv, String message) {
        assertThatThrownBy(() -> MunicipalityCsv.parse("test", new StringReader(csv)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(message);
    }
}
