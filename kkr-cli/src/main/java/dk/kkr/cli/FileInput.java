package dk.kkr.cli;

import dk.kkr.core.model.SourceText;
import dk.kkr.core.pipeline.DocumentPipeline;
import dk.kkr.core.text.Messages;
import dk.kkr.core.text.UnreadableSourceException;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;

/** One file read for a command that works on a single file, without any database. */
final class FileInput {

    static final DocumentPipeline PIPELINE = DocumentPipeline.standard();

    private FileInput() {
    }

    /** The file read and, where damaged, repaired; or null after telling the user why it could not be. */
    static SourceText read(Path file, CommandSpec spec) {
        try {
            return PIPELINE.read(file);
        } catch (UnreadableSourceException e) {
            spec.commandLine().getErr().println(Messages.text("cli.fileError", file, e.getMessage()));
            return null;
        }
    }
}
