package dk.kkr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kkr.cli.KkrMain;
import dk.kkr.core.samples.Samples;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The commands as a user types them. */
class CommandLineTest {

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

    @Test
    void importSummarisesAndExitsTwoWhenAFileFailed() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Samples.copyTo(in);
        Files.write(in.resolve("tom.txt"), new byte[0]);
        String data = dir.resolve("data").toString();

        int code = run("import", "--data", data, in.toString());

        assertThat(code).isEqualTo(2);
        int samples = Samples.names().size();
        assertThat(out.toString())
                .contains("FEJL " + in.resolve("tom.txt") + ": filen er tom")
                .contains("Filer læst: " + (samples + 1) + ", nye: " + samples + ", kendte: 0, fejlede: 1")
                .containsPattern("Gemt: \\d+ møder, \\d+ punkter, \\d+ dokumenter");
        assertThat(Files.isDirectory(dir.resolve("data").resolve("db"))).isTrue();

        out.getBuffer().setLength(0);
        Files.delete(in.resolve("tom.txt"));
        assertThat(run("import", "--data", data, in.toString())).isZero();
        assertThat(out.toString()).contains("nye: 0, kendte: " + samples + ", fejlede: 0");
    }

    @Test
    void anArchiveThatCannotBeOpenedIsOneDanishLineAndExitTwo() {
        int code = run("import", "--data", dir.resolve("data").toString(), "--db-url", "jdbc:mysql://localhost/kkr",
                dir.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("FEJL: Databaseadressen jdbc:mysql://localhost/kkr understøttes "
                + "ikke: brug jdbc:postgresql://vært/database, eller ingen for den indbyggede database");
    }

    @Test
    void searchPrintsRankedHitsAndFacetsAndReindexRestoresADeletedIndex() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Samples.copyTo(in);
        String data = dir.resolve("data").toString();
        assertThat(run("import", "--data", data, in.toString())).isZero();

        out.getBuffer().setLength(0);
        assertThat(run("search", "--data", data, "fordelingsnøgle", "praktikpladser")).isZero();
        String text = out.toString();
        assertThat(text).containsPattern("\\d+ resultater for \"fordelingsnøgle praktikpladser\"")
                .containsPattern("(?m)^  1\\. Punkt 3\\.1: .*[Ff]ordelingsnøgle")
                .containsPattern("(?m)^     20\\d\\d-\\d\\d-\\d\\d · KKR Syddanmark · .*\\.txt$")
                .containsPattern("(?m)^kkr: KKR Syddanmark \\(\\d+\\)");

        out.getBuffer().setLength(0);
        assertThat(run("search", "--data", data, "--json", "--art", "agenda", "--sort", "nyeste", "praktikpladser"))
                .isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("hits")).isNotEmpty().allSatisfy(hit -> assertThat(hit.get("kind").asText()).isEqualTo("agenda"));
        assertThat(json.get("hits").get(0).get("url").asText()).startsWith("/punkter/");
        assertThat(json.get("sort").asText()).isEqualTo("nyeste");

        org.springframework.util.FileSystemUtils.deleteRecursively(dir.resolve("data").resolve("index"));
        out.getBuffer().setLength(0);
        assertThat(run("reindex", "--data", data)).isZero();
        assertThat(out.toString()).containsPattern("Søgeindekset genopbygget: \\d+ enheder .* på [\\d,]+ s");
        assertThat(Files.isDirectory(dir.resolve("data").resolve("index"))).isTrue();
        out.getBuffer().setLength(0);
        assertThat(run("search", "--data", data, "fordelingsnøgle", "praktikpladser")).isZero();
        assertThat(out.toString()).isEqualTo(text);
    }

    @Test
    void parseJsonFollowsTheContract() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Samples.copyTo(in);
        Path agenda = in.resolve(Samples.names().stream().filter(n -> n.startsWith("dagsorden") && n.endsWith(".txt"))
                .findFirst().orElseThrow());

        assertThat(run("parse", agenda.toString(), "--json")).isZero();

        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("source").asText()).isEqualTo(agenda.getFileName().toString());
        assertThat(json.get("sha256").asText()).hasSize(64);
        assertThat(json.get("kind").asText()).isEqualTo("AGENDA");
        assertThat(json.get("body").asText()).startsWith("KKR ");
        assertThat(json.get("meeting").get("date").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(json.get("items").size()).isGreaterThan(5);
        assertThat(json.get("items").get(0).get("number").asText()).doesNotEndWith(".");
        assertThat(json.get("entities").get("caseIds")).isNotEmpty();
        assertThat(json.get("entities").get("dates")).allSatisfy(date -> assertThat(date.get("start").asText())
                .matches("\\d{4}-\\d{2}-\\d{2}"));
    }

    @Test
    void parseListsTheDocumentsOfABundleWithTheirTitlesItemsAndLetterheads() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Samples.copyTo(in);
        Path bundle = in.resolve(Samples.names().stream().filter(n -> n.startsWith("bilag") && n.endsWith(".txt"))
                .findFirst().orElseThrow());

        assertThat(run("parse", bundle.toString())).isZero();

        assertThat(out.toString()).startsWith("ANNEX_BUNDLE").containsPattern(
                "\n  dokument »[^«]+« til punkt \\d+\\.\\d+ \\(dato \\d{1,2}\\. \\p{L}+ \\d{4}, SAG-\\d{4}-\\d{5}, dok\\. \\d+\\)\n")
                .doesNotContain("Letterhead[");
    }

    @Test
    void parseOfAnUnreadableFileSaysWhy() throws Exception {
        Path empty = Files.write(dir.resolve("tom.txt"), new byte[0]);
        assertThat(run("parse", empty.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("filen er tom");
    }

    @Test
    void repairPrintsTheRepairedTextLineForLineAndDiffListsTheChanges() throws Exception {
        String damaged = String.join("\n",
                "Notat om den fzlles indsats",
                "",
                "Kommunerne har drgftet, hvordan de kan styrke samarbejdet pa tvaers af",
                "omradet. Et teet samarbejde med regionen er vigtigt for borgerne, og det",
                "gkonomiske grundlag skal vaere pa plads inden udgangen af naeste ar.",
                "Sagen har nr. SAG-2025-04321, og henvendelser sendes til kkr@kl.dk.",
                "");
        Path file = Files.writeString(dir.resolve("ocr.txt"), damaged);

        assertThat(run("repair", file.toString())).isZero();
        String repaired = out.toString();
        assertThat(repaired.split("\n", -1)).hasSameSizeAs(damaged.split("\n", -1));
        assertThat(repaired).contains("drøftet", "på tværs", "området", "tæt samarbejde", "økonomiske",
                "være på plads", "næste år", "SAG-2025-04321", "kkr@kl.dk");

        out.getBuffer().setLength(0);
        assertThat(run("repair", "--diff", file.toString())).isZero();
        assertThat(out.toString().lines()).isNotEmpty()
                .allMatch(l -> l.matches("\\d+:\\d+\t\\S+ → \\S+\t[01]\\.\\d\\d"))
                .anyMatch(l -> l.startsWith("3:16\tdrgftet → drøftet\t"));
    }

    @Test
    void repairLeavesCleanTextAsItIs() throws Exception {
        Samples.copyTo(dir);
        String sample = Samples.names().stream().filter(n -> n.endsWith(".txt")).findFirst().orElseThrow();
        assertThat(run("repair", dir.resolve(sample).toString())).isZero();
        assertThat(out.toString()).isEqualTo(Files.readString(dir.resolve(sample)));
    }

    @Test
    void theServerListensOnlyOnThisMachineUnlessToldOtherwise() {
        ServerOptions standard = new ServerOptions();
        assertThat(standard.springArguments()).containsExactly("--server.address=127.0.0.1");
        assertThat(standard.loopbackOnly()).isTrue();
        ServerOptions open = new ServerOptions();
        new CommandLine(open).parseArgs("--host", "0.0.0.0", "--base-url", "https://kkr.example.dk");
        assertThat(open.springArguments()).containsExactly("--server.address=0.0.0.0",
                "--kkr.base-url=https://kkr.example.dk");
        assertThat(open.loopbackOnly()).isFalse();
    }
}
