package dk.kkr.service.importing;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kkr.core.danish.DanishDictionary;
import dk.kkr.core.pipeline.DocumentPipeline;
import dk.kkr.core.samples.Samples;
import dk.kkr.search.ArchiveIndex;
import dk.kkr.search.ReindexFromStore;
import dk.kkr.store.Database;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Crash safety of the import: an importing process is killed (SIGKILL, from the test) at a random point, {@value #RUNS}
 * times. After each kill the archive opens, every stored file is whole (all its items or none of it), the search
 * index holds exactly the store's units once opened, and importing the same folder again stores exactly the files
 * that were not stored before and knows the others.
 */
class ImportKillTest {

    private static final int RUNS = 20;
    private static final int FILES = 10;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 600, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void anImportKilledAtAnyPointLeavesAWholeArchiveAndAnIndexThatAgrees() throws Exception {
        Path in = agendas();
        Map<String, Integer> itemsOf = new HashMap<>();
        DocumentPipeline pipeline = DocumentPipeline.standard();
        for (Path file : files(in)) {
            itemsOf.put(file.getFileName().toString(), pipeline.analyse(pipeline.read(file)).structure().items().size());
        }
        SplittableRandom random = new SplittableRandom(25);
        int killedMidway = 0;
        for (int run = 0; run < RUNS; run++) {
            Path data = dir.resolve("data-" + run);
            int doneBeforeKill = importAndKill(in, data, random.nextInt(FILES), random.nextInt(400));
            killedMidway += doneBeforeKill < FILES ? 1 : 0;

            try (Database db = Database.open(data, null, null, null)) {
                JdbcClient sql = JdbcClient.create(db.dataSource());
                List<String> stored = sql.sql("SELECT file_name FROM source_file").query(String.class).list();
                for (String name : stored) {
                    long items = sql.sql("""
                                    SELECT COUNT(*) FROM agenda_item i JOIN document d ON d.id = i.document_id
                                    JOIN source_file s ON s.id = d.source_file_id WHERE s.file_name = :name""")
                            .param("name", name).query(Long.class).single();
                    assertThat(items).as("run %d: %s is whole", run, name).isEqualTo(itemsOf.get(name).longValue());
                }
                ReindexFromStore units = new ReindexFromStore(db.dataSource());
                try (ArchiveIndex index = ArchiveIndex.open(data, DanishDictionary.shared(), units)) {
                    assertThat(index.size()).as("run %d: the index holds the store's units", run)
                            .isEqualTo(units.keys().size());
                    ImportSummary again = Importer.standard(db.dataSource(), index)
                            .importPaths(List.of(in), Importer.Listener.SILENT);
                    assertThat(again.added()).as("run %d: the files not stored", run).isEqualTo(FILES - stored.size());
                    assertThat(again.failures()).isEmpty();
                    assertThat(index.size()).isEqualTo(units.keys().size());
                }
            }
        }
        assertThat(killedMidway).as("most kills fell in the middle of an import").isGreaterThan(RUNS / 2);
    }

    /**
     * Starts a process that imports {@code in} into {@code data}, kills it {@code delayMillis} after it reported
     * {@code after} files done (or when it finishes), and returns how many it had reported.
     */
    private static int importAndKill(Path in, Path data, int after, int delayMillis) throws Exception {
        Process importer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ImportAndReport.class.getName(), in.toString(),
                data.toString())
                .redirectErrorStream(true)
                .start();
        int done = 0;
        try {
            BufferedReader output = new BufferedReader(new InputStreamReader(importer.getInputStream(),
                    StandardCharsets.UTF_8));
            String line;
            while (done <= after && (line = output.readLine()) != null) {
                done += line.startsWith(ImportAndReport.DONE) ? 1 : 0;
            }
            Thread.sleep(delayMillis);
        } finally {
            importer.destroyForcibly();
            importer.waitFor();
        }
        return done;
    }

    /** Ten distinct agendas: the samples' agenda and minutes, each under ten other meeting dates. */
    private Path agendas() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        List<String> texts = new ArrayList<>();
        for (String name : Samples.names()) {
            if (name.startsWith("dagsorden") && name.endsWith(".txt") || name.startsWith("referat")) {
                texts.add(new String(Samples.bytes(name), StandardCharsets.UTF_8));
            }
        }
        for (int i = 0; i < FILES; i++) {
            String text = texts.get(i % texts.size()).replaceFirst("(\\d{2})-(\\d{2})-(20\\d{2})",
                    String.format("%02d-%02d-2031", 1 + i, 1 + i % 12));
            Files.writeString(in.resolve(String.format("dagsorden-%02d.txt", i)), text + "\nNote " + i + "\n");
        }
        return in;
    }

    private static List<Path> files(Path in) throws Exception {
        try (var walk = Files.list(in)) {
            return walk.sorted().toList();
        }
    }

    /** The child: imports a folder and says each file it has done, until it is killed. */
    static final class ImportAndReport {
        static final String DONE = "kkr_done ";

        public static void main(String[] args) {
            try (Database db = Database.open(Path.of(args[1]), null, null, null);
                 ArchiveIndex index = ArchiveIndex.open(Path.of(args[1]), DanishDictionary.shared(),
                         new ReindexFromStore(db.dataSource()))) {
                Importer.standard(db.dataSource(), index).importPaths(List.of(Path.of(args[0])), new Importer.Listener() {
                    @Override
                    public void started(int total) {
                    }

                    @Override
                    public void done(FileOutcome outcome, int doneCount, int total) {
                        System.out.println(DONE + outcome.file().getFileName());
                        System.out.flush();
                    }
                });
            }
        }
    }
}
