package dk.kkr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kkr.cli.KkrMain;
import dk.kkr.core.calc.CalcModel;
import dk.kkr.core.calc.CalcModels;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** `kkr calc` as a user types it: Danish CSV in, a table and numbered steps or the JSON contract out. */
class CalcCommandTest {

    /** The youth table of a KKR as a Danish spreadsheet saves it: ";" and thousands dots, æøå in the names. */
    private static final String YOUTH = """
            kommune;unge_15_17;døgn
            København;3.000;10
            Høje-Taastrup;1.500;0
            Tårnby;500;3
            """;

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = KkrMain.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private Path file(String name, String text, Charset charset) throws Exception {
        return Files.writeString(dir.resolve(name), text, charset);
    }

    @Test
    void objectiveFinancingTurnsTheDocumentsAnnualRateInto4527ADay() throws Exception {
        Path csv = file("unge.csv", YOUTH, StandardCharsets.UTF_8);

        int code = run("calc", "objective-financing", "--input", csv.toString(), "--param", "annual_rate=1.652.253",
                "--param", "places=1", "--param", "days_column=døgn");

        assertThat(code).as(err.toString()).isZero();
        assertThat(err.toString()).isEmpty();
        String text = out.toString();
        assertThat(text).contains("objective-financing – ", "annual_rate=1.652.253", "days=365")
                .contains("Døgntakst: 1.652.253 kr. om året / 365 dage = 4.526,72 kr., afrundet halvt op til hele kroner: "
                        + "4.527 kr. pr. døgn.");
        // 1.652.253 kr. by 3.000 : 1.500 : 500 = 991.351,8 / 495.675,9 / 165.225,3 → the 2 kroner left to .9 and .8
        assertThat(text).containsPattern("København +3\\.000 +60,0000 +991\\.352 +10 +45\\.270 +1\\.036\\.622")
                .containsPattern("Høje-Taastrup +1\\.500 +30,0000 +495\\.676")
                .containsPattern("Tårnby +500 +10,0000 +165\\.225 +3 +13\\.581")
                .containsPattern("I alt +5\\.000 +1\\.652\\.253 +13 +58\\.851 +1\\.711\\.104");
        assertThat(text).containsSubsequence("Trin:", "\n1. Læst 3 kommunerækker", "\n2. Tegnsæt: UTF-8.",
                "\n3. Døgntakst", "\n4. Taksten er 50 %", "\n8. Den anbringende kommune betaler døgntaksten 4.527 kr.");
    }

    @Test
    void jsonFollowsTheContract() throws Exception {
        Path csv = file("unge.csv", YOUTH, StandardCharsets.UTF_8);

        assertThat(run("calc", "objective-financing", "--input", csv.toString(), "--param", "annual_rate=1.652.253",
                "--param", "pool=1.000.000", "--json")).isZero();

        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.fieldNames()).toIterable().containsExactly("model", "params", "rows", "total", "steps");
        assertThat(json.get("model").asText()).isEqualTo("objective-financing");
        assertThat(json.get("params").get("annual_rate").asText()).isEqualTo("1.652.253");
        assertThat(json.get("rows").get(0).fieldNames().next()).isEqualTo("kommune");
        assertThat(json.get("rows").get(0).get("kommune").asText()).isEqualTo("København");
        assertThat(json.get("rows").get(0).get("objektiv_finansiering").decimalValue()).isEqualByComparingTo("600000");
        assertThat(json.get("total").get("objektiv_finansiering").decimalValue()).isEqualByComparingTo("1000000");
        assertThat(json.get("steps").get(2).asText()).contains("4.527 kr. pr. døgn");
    }

    @Test
    void aWindows1252FileIsReadToo() throws Exception {
        Path csv = file("unge.csv", YOUTH, Charset.forName("windows-1252"));
        assertThat(run("calc", "objective-financing", "--input", csv.toString(), "--param", "annual_rate=1.652.253",
                "--param", "pool=500")).isZero();
        assertThat(out.toString()).contains("Tegnsæt: læst som Windows-1252.", "Høje-Taastrup");
    }

    @Test
    void anUnknownMunicipalityIsOneDanishLineNamingTheRowAndExitTwo() throws Exception {
        Path csv = file("unge.csv", YOUTH.replace("Tårnby", "Gotham City"), StandardCharsets.UTF_8);

        int code = run("calc", "objective-financing", "--input", csv.toString(), "--param", "annual_rate=1.652.253",
                "--param", "pool=500");

        assertThat(code).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).isEqualTo("FEJL: Linje 4: 'Gotham City' er ikke en af de 98 kommuner" + System.lineSeparator());
    }

    @Test
    void unknownModelMissingInputBadCsvAndUnknownParameterExitTwo() throws Exception {
        Path csv = file("unge.csv", YOUTH, StandardCharsets.UTF_8);
        Path bad = file("forkert.csv", "navn;tal\nKøge;1\n", StandardCharsets.UTF_8);
        List<List<String>> cases = List.of(
                List.of("calc", "fordeling", "--input", csv.toString()),
                List.of("calc", "scale"),
                List.of("calc", "scale", "--input", dir.resolve("findes-ikke.csv").toString()),
                List.of("calc", "scale", "--input", bad.toString()),
                List.of("calc", "scale", "--input", csv.toString(), "--param", "totalt=5"));
        List<String> messages = List.of("Ukendt beregningsmodel 'fordeling'; der er: weighted-key, scale",
                "Angiv tabellen med --input FIL.csv", "findes-ikke.csv findes ikke",
                "Første kolonne skal hedde 'kommune', men hedder 'navn'", "kender ikke parameteren 'totalt'");
        for (int i = 0; i < cases.size(); i++) {
            err.getBuffer().setLength(0);
            assertThat(run(cases.get(i).toArray(String[]::new))).as(cases.get(i).toString()).isEqualTo(2);
            assertThat(err.toString()).startsWith("FEJL: ").contains(messages.get(i)).hasLineCount(1);
        }
    }

    @Test
    void withoutAModelItListsEveryModelWithItsParameters() {
        assertThat(run("calc")).isZero();
        String listing = out.toString();
        for (CalcModel model : CalcModels.all()) {
            assertThat(listing).contains(model.name() + " – " + model.description());
            model.params().forEach(p -> assertThat(listing).contains(p.name()));
        }
        assertThat(listing).contains("annual_rate (skal angives): ", "days (standard: 365): ");
        out.getBuffer().setLength(0);
        assertThat(run("calc", "--list")).isZero();
        assertThat(out.toString()).isEqualTo(listing);
    }
}
