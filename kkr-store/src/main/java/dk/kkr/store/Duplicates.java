package dk.kkr.store;

import dk.kkr.core.dedup.Fingerprint;
import dk.kkr.store.access.ItemAccess;
import java.util.Arrays;
import java.util.Comparator;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Groups a newly stored file with an earlier extraction of the same document, found by content: the
 * earlier file whose fingerprint is most alike, if at least {@link #THRESHOLD}. Of the group, the file
 * document with the better text quality is the one shown; the others point to it through
 * {@code document.duplicate_of}. A closed file is grouped only with closed files, an open one only with open ones:
 * no extraction list links the two. Runs inside the caller's transaction.
 *
 * <p>A new file is compared only with the files that share a band of its fingerprint
 * ({@link Fingerprint#bandKeys}, table {@code fingerprint_band}), found through an index, and of those only the
 * {@value #CANDIDATES} that share the most: the cost of an import does not grow with the archive.
 */
final class Duplicates {

    /** Extractions of one document share most word runs (corpus 000 and 001: 0.86); others almost none (≤ 0.01). */
    static final double THRESHOLD = 0.5;

    /**
     * The files compared at most: those that share the most bands with the new one. Boilerplate (a KKR's letterhead,
     * its standard phrases) gives a band to a share of all files, which grows with the archive; a near-duplicate
     * shares many bands (42 · s³ expected, five at the threshold), so it is among these unless more than this many
     * extractions of one document are stored.
     */
    static final int CANDIDATES = 32;

    private Duplicates() {
    }

    private record Candidate(long documentId, double quality, double similarity) {
    }

    static void group(JdbcClient jdbc, long sourceFileId, long documentId, Fingerprint fingerprint, double quality,
                      boolean closed) {
        long[] keys = fingerprint.bandKeys();
        if (keys.length == 0) {
            return;
        }
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < keys.length; i++) {
            values.append(i == 0 ? "" : ", ").append("(:file, ").append(keys[i]).append(')');
        }
        jdbc.sql("INSERT INTO fingerprint_band (source_file_id, band_key) VALUES " + values)
                .param("file", sourceFileId).update();
        jdbc.sql("""
                        SELECT d.id, f.quality, f.fingerprint FROM source_file f
                        JOIN document d ON d.source_file_id = f.id AND d.parent_id IS NULL AND d.duplicate_of IS NULL
                        WHERE f.fingerprint IS NOT NULL AND d.closed = :closed AND f.id IN (
                            SELECT b.source_file_id FROM fingerprint_band b
                            WHERE b.band_key IN (:keys) AND b.source_file_id <> :file
                            GROUP BY b.source_file_id ORDER BY COUNT(*) DESC FETCH FIRST %d ROWS ONLY)"""
                        .formatted(CANDIDATES))
                .param("file", sourceFileId)
                .param("closed", closed)
                .param("keys", Arrays.stream(keys).boxed().toList())
                .query((rs, row) -> new Candidate(rs.getLong(1), rs.getDouble(2),
                        fingerprint.similarity(Fingerprint.decode(rs.getString(3)))))
                .list().stream()
                .filter(c -> c.similarity() >= THRESHOLD)
                .max(Comparator.comparingDouble(Candidate::similarity))
                .ifPresent(shown -> {
            if (quality > shown.quality()) {
                // the new text is better: it is shown, and the group follows it
                jdbc.sql("UPDATE document SET duplicate_of = :new WHERE id = :old OR duplicate_of = :old")
                        .param("new", documentId).param("old", shown.documentId()).update();
            } else {
                jdbc.sql("UPDATE document SET duplicate_of = :shown WHERE id = :new")
                        .param("shown", shown.documentId()).param("new", documentId).update();
            }
            // an item closed in one extraction is closed in the new one too, whichever is shown
            ItemAccess.acrossExtractions(jdbc, documentId);
        });
    }
}
