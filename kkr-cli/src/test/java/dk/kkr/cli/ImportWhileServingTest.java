package dk.kkr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kkr.cli.ServingDataDir.Run;
import dk.kkr.service.importing.ImportHandoff;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One writer: while {@code serve} runs on a data directory, {@code import} on the same directory hands its
 * files to the server, which owns the archive and the index, and what it imported is found on the running
 * server; with no server running, import opens the archive itself as before.
 */
class ImportWhileServingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private ServingDataDir serving;
    private Path data;
    private String site;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void serve() {
        serving = new ServingDataDir(dir.resolve("data"));
        data = serving.data;
        site = serving.site;
    }

    @AfterEach
    void stop() {
        serving.close();
    }

    /** A short agenda of our own with one word no other document has. */
    private Path agenda(String name, String word) throws IOException {
        Path in = Files.createDirectories(dir.resolve("ind"));
        return Files.writeString(in.resolve(name), """
                KKR Nordjylland
                Dagsorden
                Dato: 2. juni 2025 kl. 10:00

                1. Kystbeskyttelse ved %1$s
                Indstilling
                Det indstilles, at KKR Nordjylland drøfter projektet ved %1$s.
                """.formatted(word));
    }

    private static Run importing(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "import";
        System.arraycopy(args, 0, all, 1, args.length);
        return ServingDataDir.kkr(all);
    }

    private long hitsOnTheServer(String word) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(site + "/api/search?q="
                + URLEncoder.encode(word, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body()).get("total").asLong();
    }

    /** Whether the running server finds {@code word} within five seconds. */
    private boolean foundWithinFiveSeconds(String word) throws Exception {
        long until = System.nanoTime() + 5_000_000_000L;
        do {
            if (hitsOnTheServer(word) > 0) {
                return true;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < until);
        return false;
    }

    @Test
    void importWhileServingGoesThroughTheServerAndIsFoundThere() throws Exception {
        Path file = agenda("nord.txt", "Rubjergknude");
        assertThat(hitsOnTheServer("Rubjergknude")).isZero();

        Run run = importing("--data", data.toString(), file.toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("Importeret af den kørende server")
                .contains("Filer læst: 1, nye: 1, kendte: 0, fejlede: 0");
        assertThat(foundWithinFiveSeconds("Rubjergknude")).isTrue();

        Run again = importing("--data", data.toString(), file.toString());
        assertThat(again.out()).contains("Filer læst: 1, nye: 0, kendte: 1, fejlede: 0");
    }

    @Test
    void aClosedImportGoesThroughTheServerClosedAndThePublicCannotFindIt() throws Exception {
        Path open = agenda("aaben.txt", "Svinkløv");
        Path closed = agenda("lukket.txt", "Grønnestrand");

        assertThat(importing("--data", data.toString(), open.toString()).code()).isZero();
        Run run = importing("--data", data.toString(), "--lukket", "--offentlig-titel", "Kystbeskyttelse, forhandling",
                "--hjemmel", "offentlighedslovens § 23", closed.toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("Importeret af den kørende server").contains("nye: 1");
        assertThat(foundWithinFiveSeconds("Svinkløv")).isTrue();
        assertThat(hitsOnTheServer("Grønnestrand")).as("the closed file is not searchable for the public").isZero();
        HttpResponse<String> api = http.send(HttpRequest.newBuilder(URI.create(site + "/api/documents")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(api.body()).contains("aaben.txt").doesNotContain("lukket.txt", "Grønnestrand");
    }

    @Test
    void halfAClosureIsRefusedBeforeAnythingIsImported() throws Exception {
        Run run = importing("--data", data.toString(), "--offentlig-titel", "Kystbeskyttelse",
                agenda("halv.txt", "Lønstrup").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("FEJL: --offentlig-titel og --hjemmel hører til --lukket: angiv også"
                + " --lukket, eller ingen af dem.");
        Run withoutBasis = importing("--data", data.toString(), "--lukket", "--offentlig-titel", "Kystbeskyttelse",
                agenda("halv2.txt", "Lønstrup").toString());
        assertThat(withoutBasis.code()).isEqualTo(2);
        assertThat(withoutBasis.err()).contains("hjemmel");
        assertThat(hitsOnTheServer("Lønstrup")).isZero();
    }

    @Test
    void aFileThatFailsIsNamedAndTheOthersAreImported() throws Exception {
        Path bad = Files.write(Files.createDirectories(dir.resolve("ind")).resolve("skadet.pdf"), new byte[] {1, 2, 3});
        Run run = importing("--data", data.toString(), bad.toString(), agenda("godt.txt", "Hirtshals").toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).contains("FEJL " + bad + ": ").contains("Filer læst: 2, nye: 1, kendte: 0, fejlede: 1");
        assertThat(foundWithinFiveSeconds("Hirtshals")).isTrue();
    }

    @Test
    void twoImportsAtOnceRunOneAfterTheOther() throws Exception {
        Path first = agenda("a.txt", "Skagensvej");
        // a different agenda, not another reading of the first (that one would be grouped with it and hidden)
        Path second = Files.writeString(dir.resolve("ind").resolve("b.txt"), """
                KKR Nordjylland
                Referat
                Dato: 9. september 2025 kl. 13:00

                1. Busbetjening af Lønstrupvej og oplandet
                Beslutning
                Formandskabet orienterede om de regionale ruter, og rådet tog orienteringen til efterretning.
                """);
        CompletableFuture<Run> one = CompletableFuture.supplyAsync(() -> importing("--data", data.toString(), first.toString()));
        CompletableFuture<Run> two = CompletableFuture.supplyAsync(() -> importing("--data", data.toString(), second.toString()));

        assertThat(one.get().code()).as(one.get().err()).isZero();
        assertThat(two.get().code()).as(two.get().err()).isZero();
        assertThat(one.get().out()).contains("nye: 1");
        assertThat(two.get().out()).contains("nye: 1");
        assertThat(foundWithinFiveSeconds("Skagensvej")).isTrue();
        assertThat(foundWithinFiveSeconds("Lønstrupvej")).isTrue();
    }

    @Test
    void theServerTakesFilesOnlyWithItsToken() throws Exception {
        Path published = data.resolve(ImportHandoff.FILE_NAME);
        assertThat(Files.getPosixFilePermissions(published))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        String body = "{\"paths\": [\"" + agenda("x.txt", "Tranum").toAbsolutePath() + "\"]}";
        for (String token : new String[] {null, "forkert", ""}) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(site + ImportHandoff.PATH))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
            if (token != null) {
                request.header(ImportHandoff.TOKEN_HEADER, token);
            }
            assertThat(http.send(request.build(), HttpResponse.BodyHandlers.ofString()).statusCode())
                    .as("token %s", token).isEqualTo(403);
        }
        assertThat(hitsOnTheServer("Tranum")).isZero();
    }

    @Test
    void withTheServerStoppedImportOpensTheArchiveItself() throws Exception {
        serving.stopServer();
        assertThat(data.resolve(ImportHandoff.FILE_NAME)).as("withdrawn when the server stops").doesNotExist();

        Run run = importing("--data", data.toString(), agenda("c.txt", "Blokhus").toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).doesNotContain("kørende server").contains("nye: 1");
    }

    @Test
    void theFileOfAServerThatWasKilledIsRemovedAndImportRunsDirectly() throws Exception {
        serving.stopServer();
        // what a killed server leaves behind: its file, pointing at a port nobody listens on any more
        ImportHandoff.publish(data, new ImportHandoff.Server(freePort(), ImportHandoff.Server.newToken(),
                ImportHandoff.databaseName(null)));

        Run run = importing("--data", data.toString(), agenda("d.txt", "Saltum").toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("nye: 1");
        assertThat(data.resolve(ImportHandoff.FILE_NAME)).doesNotExist();
        assertThat(Set.of(run.out(), run.err())).noneMatch(s -> s.contains("Exception"));
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
