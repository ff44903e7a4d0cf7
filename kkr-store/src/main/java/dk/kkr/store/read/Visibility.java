package dk.kkr.store.read;

/**
 * What a {@link Viewer} sees, as SQL conditions over the archive's tables: the one place that decides it.
 * Every channel reads through readers made for a viewer ({@link ArchiveReader}, the OParl reader, the search
 * index's unit reader), and each of their queries that lists or counts documents, items or what hangs on
 * them (mentions, deadlines, cases) applies these conditions. A rule written here holds everywhere.
 *
 * <p>The public sees each document once: of several extractions of the same document (near-duplicates,
 * {@code document.duplicate_of}), only the best is listed, searched, counted and fed; the others, and the
 * memos and items inside them, are not. A worse extraction stays readable at its own address from the
 * document page's list of extractions, so that a reader can compare the texts.
 *
 * <p>A closed file ({@code document.closed}), with the memos and items inside it, exists only for the accounts
 * that may read its KKR's closed material (and administrators): for anyone else it is neither shown nor readable
 * at its address, and the search index, which holds what the public sees, never has it. Portable SQL (H2 and
 * PostgreSQL); the conditions are correlated subqueries on indexed columns.
 */
public final class Visibility {

    /** SQL over the file row {@code vc}: it is closed to this viewer. */
    private final String closedToViewer;

    private Visibility(String closedToViewer) {
        this.closedToViewer = closedToViewer;
    }

    /** The rules for {@code viewer}. */
    public static Visibility of(Viewer viewer) {
        return switch (viewer) {
            case Viewer.Public p -> new Visibility("vc.closed");
            case Viewer.Reader r when r.allKkrs() -> new Visibility("FALSE");
            case Viewer.Reader r -> new Visibility(r.kkrs().isEmpty() ? "vc.closed"
                    : "vc.closed AND (vc.body_id IS NULL OR vc.body_id NOT IN (SELECT id FROM body WHERE slug IN ("
                    + String.join(", ", r.kkrs().stream().sorted().map(slug -> "'" + slug + "'").toList()) + ")))");
        };
    }

    /**
     * SQL: the document row {@code alias} (a whole file, or a memo inside one) is shown: the file it belongs to
     * is not a worse extraction of another, and it is readable ({@link #readable}).
     */
    public String document(String alias) {
        return "NOT EXISTS (SELECT 1 FROM document vf WHERE vf.id = COALESCE(" + alias + ".parent_id, " + alias
                + ".id) AND vf.duplicate_of IS NOT NULL) AND " + readable(alias);
    }

    /**
     * SQL: the document row {@code alias} may be read at its address: the file it belongs to is not closed to
     * this viewer. (A worse extraction is readable, though not shown.)
     */
    public String readable(String alias) {
        return "NOT EXISTS (SELECT 1 FROM document vc WHERE vc.id = COALESCE(" + alias + ".parent_id, " + alias
                + ".id) AND " + closedToViewer + ")";
    }

    /** SQL: the document whose id is the SQL expression {@code id} is shown. */
    public String documentId(String id) {
        return "EXISTS (SELECT 1 FROM document vd WHERE vd.id = " + id + " AND " + document("vd") + ")";
    }

    /** SQL: the agenda item row {@code alias} is shown: the document that holds it is. */
    public String item(String alias) {
        return documentId(alias + ".document_id");
    }

    /** SQL: the agenda item whose id is the SQL expression {@code id} is shown. */
    public String itemId(String id) {
        return "EXISTS (SELECT 1 FROM agenda_item vi WHERE vi.id = " + id + " AND " + item("vi") + ")";
    }
}
