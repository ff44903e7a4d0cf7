package dk.kkr.bench;

import dk.kkr.core.danish.DanishDictionary;
import dk.kkr.search.ArchiveIndex;
import dk.kkr.search.ReindexFromStore;
import dk.kkr.service.importing.FileOutcome;
import dk.kkr.service.importing.Importer;
import dk.kkr.store.Database;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * {@code ./kkr bench import-size}: one file of each size (in MB) is imported into a fresh archive, the whole road, and
 * the same text is indexed by plain Lucene (one document, standard analysis), in the same run. The file is one long
 * agenda of realistic text: the synthetic corpus's items, numbered 1.1, 1.2 … 99.99, with their sections and the
 * benchmark's Zipf-distributed Danish filler ({@link ImportBenchmark#agenda}), so that no two items are alike.
 * A file of 0.2 MB is imported first, unreported, so that the first row is not the JIT's warm-up.
 * Reports seconds, MB/s and the peak heap during each import; the rate should not fall with the size of the file,
 * and the heap should stay bounded (run it with {@code JAVA_TOOL_OPTIONS=-Xmx1g} to show a file imports in 1 GB).
 */
final class ImportSizeBenchmark {

    private ImportSizeBenchmark() {
    }

    static void run(List<Double> megabytes, Path dir, PrintStream out) throws IOException {
        Path base = dir != null ? dir : Files.createTempDirectory("kkr-bench-import-size");
        DanishDictionary.shared();
        out.printf(Locale.ROOT, "Heap limit: %,d MB%n%n", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        Path warmUp = base.resolve("opvarmning.txt");
        Files.writeString(warmUp, agenda(200_000));
        importing(warmUp, base.resolve("archive-warm-up"));
        out.println("| MB of text | items | import s | import MB/s | peak heap MB | plain Lucene MB/s | import / Lucene |");
        out.println("|---|---|---|---|---|---|---|");
        Double first = null;
        double last = 0;
        for (double size : megabytes) {
            Path file = base.resolve(String.format(Locale.ROOT, "dagsorden-%s-mb.txt", size));
            String text = agenda((long) (size * 1_000_000));
            Files.writeString(file, text);
            double mb = text.length() / 1e6;
            int items = (int) text.lines().filter(l -> l.matches("\\d{1,2}\\.\\d{1,2} .*")).count();
            text = null;
            System.gc();
            resetPeaks();
            double seconds = importing(file, base.resolve("archive-" + size));
            long peak = peakHeap();
            double lucene = mb / plainLucene(file, base.resolve("lucene-" + size));
            double rate = mb / seconds;
            out.printf(Locale.ROOT, "| %.1f | %,d | %.1f | %.2f | %,d | %.1f | %.3f |%n", mb, items, seconds, rate,
                    peak / (1024 * 1024), lucene, rate / lucene);
            out.flush();
            first = first == null ? rate : first;
            last = rate;
        }
        if (megabytes.size() > 1) {
            out.printf(Locale.ROOT, "%nImport rate at %s MB is %.0f %% of the rate at %s MB.%n",
                    megabytes.getLast(), 100 * last / first, megabytes.getFirst());
        }
    }

    /** One agenda of at most {@code chars} characters, as many items as fit: a header, then items 1.1, 1.2 …. */
    static String agenda(long chars) {
        SyntheticCorpus corpus = new SyntheticCorpus(17);
        StringBuilder text = ImportBenchmark.header(corpus.item(1));
        SplittableRandom random = new SplittableRandom(chars);
        for (long n = 1; ; n++) {
            long group = (n - 1) / 99 + 1;
            if (group > 99) {
                throw new IllegalArgumentException("more than 99 × 99 items: ask for a smaller file");
            }
            StringBuilder one = new StringBuilder();
            ImportBenchmark.appendItem(one, group + "." + ((n - 1) % 99 + 1), corpus.item(n), random);
            if (text.length() + one.length() > chars) {
                return text.toString();
            }
            text.append(one);
        }
    }

    /** Seconds to import the file into a fresh archive under {@code data}. */
    private static double importing(Path file, Path data) {
        try (Database db = Database.open(data, null, null, null);
             ArchiveIndex index = ArchiveIndex.open(data, DanishDictionary.shared(),
                     new ReindexFromStore(db.dataSource()))) {
            long start = System.nanoTime();
            FileOutcome outcome = Importer.standard(db.dataSource(), index).importFile(file);
            double seconds = (System.nanoTime() - start) / 1e9;
            if (outcome.status() != FileOutcome.Status.NEW) {
                throw new IllegalStateException("the file was not imported: " + outcome.reason());
            }
            return seconds;
        }
    }

    /** Seconds to index the file's text as one document with plain Lucene, reading it included. */
    private static double plainLucene(Path file, Path dir) throws IOException {
        long start = System.nanoTime();
        try (FSDirectory directory = FSDirectory.open(dir);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
            Document doc = new Document();
            doc.add(new TextField("text", Files.readString(file), Field.Store.YES));
            writer.addDocument(doc);
            writer.commit();
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peaks since {@link #resetPeaks()}: an upper bound of the heap in use at once. */
    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
