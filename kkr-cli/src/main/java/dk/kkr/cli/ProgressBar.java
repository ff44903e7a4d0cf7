package dk.kkr.cli;

import dk.kkr.core.text.Messages;
import dk.kkr.service.importing.FileOutcome;
import dk.kkr.service.importing.Importer;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * Shows an import's progress: a bar redrawn in place on a terminal (with the scanned page being read with OCR, the
 * slow part of a scanned PDF), one line per failure anywhere. Failures are always printed, so a log keeps every reason.
 * Thread-safe: scanned pages are told of by the reader threads.
 */
final class ProgressBar implements Importer.Listener {

    private static final int WIDTH = 30;
    private final PrintWriter out;
    private final boolean terminal;
    private int done;
    private int total;

    ProgressBar(PrintWriter out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    @Override
    public synchronized void started(int total) {
        this.total = total;
        draw(0, total, "");
    }

    @Override
    public synchronized void reading(Path file, int page, int pages) {
        draw(done, total, Messages.text("cli.import.ocrPage", file.getFileName(), page, pages));
    }

    @Override
    public synchronized void done(FileOutcome outcome, int doneCount, int total) {
        this.done = doneCount;
        this.total = total;
        if (outcome.status() == FileOutcome.Status.FAILED) {
            clear();
            out.println(Messages.text("cli.fileError", outcome.file(), outcome.reason()));
        }
        draw(doneCount, total, outcome.file().getFileName().toString());
        if (terminal && doneCount == total) {
            clear();
        }
    }

    private void draw(int done, int total, String name) {
        if (!terminal || total == 0) {
            return;
        }
        int filled = WIDTH * done / total;
        String label = name.length() > 60 ? name.substring(0, 59) + "…" : name;
        out.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total + " " + label
                + "\u001B[K");
        out.flush();
    }

    private void clear() {
        if (terminal) {
            out.print("\r\u001B[K");
        }
    }

    /** Whether standard output is an interactive terminal (on JDK 22+ System.console() alone no longer says). */
    static boolean isTerminal() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException olderJdk) {
            return true;
        }
    }
}
