package dk.kkr.core.danish;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the municipality table: a UTF-8 CSV with the header {@code code,name,region} and one municipality
 * per line. Any deviation (wrong header, wrong field count, a code that is not three digits, a duplicate
 * code or name, an unknown region) is an error that names the line: reference data is never half-read.
 */
final class MunicipalityCsv {

    static final String HEADER = "code,name,region";

    private MunicipalityCsv() {
    }

    /** The municipalities in code order; {@code source} names the input in error messages. */
    static List<Municipality> parse(String source, Reader reader) throws IOException {
        BufferedReader lines = new BufferedReader(reader);
        String header = lines.readLine();
        if (!HEADER.equals(header)) {
            throw new IllegalStateException(source + ": expected header '" + HEADER + "' but found '" + header + "'");
        }
        List<Municipality> result = new ArrayList<>();
        Set<Integer> codes = new HashSet<>();
        Set<String> names = new HashSet<>();
        int lineNumber = 1;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.split(",", -1);
            if (fields.length != 3) {
                throw error(source, lineNumber, "expected 3 fields but found " + fields.length);
            }
            String code = fields[0].trim();
            String name = fields[1].trim();
            String region = fields[2].trim();
            if (!code.matches("[1-9][0-9]{2}")) {
                throw error(source, lineNumber, "code '" + code + "' is not three digits");
            }
            if (name.isEmpty()) {
                throw error(source, lineNumber, "empty name");
            }
            if (ReferenceData.bodyOfRegion(region).isEmpty()) {
                throw error(source, lineNumber, "unknown region '" + region + "'");
            }
            Municipality municipality = new Municipality(Integer.parseInt(code), name, region);
            if (!codes.add(municipality.code())) {
                throw error(source, lineNumber, "duplicate code " + code);
            }
            if (!names.add(name.toLowerCase(Locale.ROOT))) {
                throw error(source, lineNumber, "duplicate name '" + name + "'");
            }
            result.add(municipality);
        }
        if (result.isEmpty()) {
            throw new IllegalStateException(source + ": no municipalities");
        }
        result.sort(Comparator.comparingInt(Municipality::code));
        return List.copyOf(result);
    }

    private static IllegalStateException error(String source, int lineNumber, String message) {
        return new IllegalStateException(source + ":" + lineNumber + ": " + message);
    }
}
