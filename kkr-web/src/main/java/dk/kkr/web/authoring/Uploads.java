package dk.kkr.web.authoring;

import dk.kkr.core.text.Messages;
import dk.kkr.service.authoring.MeetingEditing;
import dk.kkr.store.access.AccessException;
import dk.kkr.store.access.Account;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** An annex uploaded to an agenda item, from the desk's form or the API: saved to a file, then attached. */
public final class Uploads {

    private Uploads() {
    }

    /**
     * Attaches the uploaded {@code file} to item {@code itemId} as an annex titled {@code title}; the id of its document.
     *
     * @throws AccessException with one Danish sentence when no file came, or the change is refused
     */
    public static long attach(MeetingEditing editing, long itemId, MultipartFile file, String title, Account account) {
        if (file == null || file.isEmpty()) {
            throw new AccessException(Messages.text("desk.noFile"));
        }
        Path saved;
        try {
            saved = Files.createTempFile("kkr-upload", ".part");
            file.transferTo(saved);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return editing.attachAnnex(itemId, saved, file.getOriginalFilename(), title, account);
        } finally {
            try {
                Files.deleteIfExists(saved);
            } catch (IOException ignored) {
                // moved away by the attachment, or left for the system's temporary files
            }
        }
    }
}
