package dk.kkr.bench;

import dk.kkr.core.danish.DanishDates;
import dk.kkr.core.danish.DanishDictionary;
import dk.kkr.core.model.Section;
import dk.kkr.search.ArchiveIndex;
import dk.kkr.search.ItemDoc;
import dk.kkr.search.ReindexFromStore;
import dk.kkr.service.importing.ImportSummary;
import dk.kkr.service.importing.Importer;
import dk.kkr.store.Database;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * {@code ./kkr bench import}: for each size N, N synthetic agendas (each a meeting of one KKR with six items from
 * {@link SyntheticCorpus}, written out as the secretariats write them) are imported into a fresh archive
 * (embedded database and search index, the whole road, one transaction per file), and the same texts are indexed
 * by plain Lucene (standard analysis, one document a file, one commit at the end), in the same run. Reports
 * documents per second for both; the import's rate should not fall as the archive grows.
 */
final class ImportBenchmark {

    /** Items an agenda. */
    private static final int ITEMS = 6;

    private ImportBenchmark() {
    }

    static void run(List<Integer> sizes, Path dir, PrintStream out) throws IOException {
        Path base = dir != null ? dir : Files.createTempDirectory("kkr-bench-import");
        DanishDictionary.shared();
        out.println("| documents | MB of text | import s | import documents/s | plain Lucene documents/s "
                + "| import / Lucene |");
        out.println("|---|---|---|---|---|---|");
        Double first = null;
        double last = 0;
        for (int size : sizes) {
            Path in = base.resolve("in-" + size);
            long bytes = write(size, in);
            double importRate = size / importing(in, base.resolve("archive-" + size));
            double luceneRate = size / plainLucene(in, base.resolve("lucene-" + size));
            out.printf(Locale.ROOT, "| %,d | %.1f | %.1f | %,.0f | %,.0f | %.2f |%n", size, bytes / 1e6,
                    size / importRate, importRate, luceneRate, importRate / luceneRate);
            out.flush();
            first = first == null ? importRate : first;
            last = importRate;
        }
        if (sizes.size() > 1) {
            out.printf(Locale.ROOT, "%nImport rate at %,d documents is %.0f %% of the rate at %,d.%n",
                    sizes.getLast(), 100 * last / first, sizes.getFirst());
        }
    }

    /** Writes {@code size} agendas into {@code in}, a thousand a folder; returns their bytes. */
    private static long write(int size, Path in) throws IOException {
        SyntheticCorpus corpus = new SyntheticCorpus(11);
        long bytes = 0;
        for (int n = 0; n < size; n++) {
            Path folder = Files.createDirectories(in.resolve(String.format(Locale.ROOT, "%03d", n / 1000)));
            String text = agenda(corpus, n);
            Files.writeString(folder.resolve("dagsorden-" + n + ".txt"), text);
            bytes += text.length();
        }
        return bytes;
    }

    /**
     * Agenda number {@code n}: a KKR meeting with {@value #ITEMS} items, numbered 1 to 6. The corpus's sentences
     * come from a few phrase lists, so that any two of its agendas would share a quarter of their word runs, far
     * more than two real agendas do (corpus: under 1 %); each sentence is therefore followed by one of Danish
     * words drawn for this agenda as often as Danish uses them (Zipf's law over the dictionary's list of common
     * words), which makes the agendas as distinct as real ones and repeats words as real prose does.
     */
    static String agenda(SyntheticCorpus corpus, long n) {
        SplittableRandom random = new SplittableRandom(n);
        StringBuilder text = header(corpus.item(n * ITEMS + 1));
        for (int i = 0; i < ITEMS; i++) {
            appendItem(text, (i + 1) + ".", corpus.item(n * ITEMS + 1 + i), random);
        }
        return text.toString();
    }

    /** An agenda's header: the KKR of {@code first}, "Dagsorden", its date and place. */
    static StringBuilder header(ItemDoc first) {
        return new StringBuilder(first.body()).append("\nDagsorden\nDato: ")
                .append(DanishDates.format(first.date())).append(" kl. 10:00\nSted: Mødecentret\n\n");
    }

    /** The item under {@code number}: its title, case id and sections, each sentence followed by filler words. */
    static void appendItem(StringBuilder text, String number, ItemDoc item, SplittableRandom random) {
        text.append(number).append(' ').append(item.title()).append('\n').append(item.caseId()).append("\n\n");
        for (Section section : item.sections()) {
            text.append(section.heading()).append('\n');
            for (String sentence : section.text().split("(?<=\\.) (?=\\p{Lu})")) {
                text.append(sentence).append(' ').append(filler(random)).append(' ');
            }
            text.setLength(text.length() - 1);
            text.append("\n\n");
        }
    }

    /** The dictionary's common words, the most common first. */
    private static final class Common {
        static final List<String> WORDS = DanishDictionary.shared().stems().stream()
                .map(w -> w.toLowerCase(Locale.ROOT)).distinct()
                .filter(w -> DanishDictionary.shared().rank(w) > 0)
                .sorted(Comparator.comparingInt(w -> DanishDictionary.shared().rank(w))).toList();
    }

    /** A sentence of eight to fourteen common Danish words, each drawn with probability about 1 / its rank. */
    private static String filler(SplittableRandom random) {
        List<String> words = Common.WORDS;
        StringBuilder sentence = new StringBuilder();
        int count = 8 + random.nextInt(7);
        for (int i = 0; i < count; i++) {
            int rank = (int) Math.exp(random.nextDouble() * Math.log(words.size()));
            String word = words.get(Math.min(words.size(), rank) - 1);
            sentence.append(i == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : " " + word);
        }
        return sentence.append('.').toString();
    }

    /** Seconds to import every file under {@code in} into a fresh archive under {@code data}. */
    private static double importing(Path in, Path data) {
        try (Database db = Database.open(data, null, null, null);
             ArchiveIndex index = ArchiveIndex.open(data, DanishDictionary.shared(),
                     new ReindexFromStore(db.dataSource()))) {
            long start = System.nanoTime();
            ImportSummary summary = Importer.standard(db.dataSource(), index).importPaths(List.of(in),
                    Importer.Listener.SILENT);
            double seconds = (System.nanoTime() - start) / 1e9;
            if (summary.added() != summary.read()) {
                throw new IllegalStateException("not every synthetic agenda was imported: " + summary.added()
                        + " of " + summary.read() + (summary.failures().isEmpty() ? ""
                        : ", e.g. " + summary.failures().getFirst().reason()));
            }
            return seconds;
        }
    }

    /** Seconds to index the text of every file under {@code in} with plain Lucene, reading them included. */
    private static double plainLucene(Path in, Path dir) throws IOException {
        long start = System.nanoTime();
        try (FSDirectory directory = FSDirectory.open(dir);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()));
             var files = Files.walk(in)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                Document doc = new Document();
                doc.add(new StringField("file", file.toString(), Field.Store.YES));
                doc.add(new TextField("text", Files.readString(file), Field.Store.YES));
                writer.addDocument(doc);
            }
            writer.commit();
        }
        return (System.nanoTime() - start) / 1e9;
    }
}
