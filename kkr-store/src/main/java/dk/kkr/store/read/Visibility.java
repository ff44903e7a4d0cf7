package dk.kkr.store.read;

import java.util.Set;

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
 *
 * <p>A closed item of an open document (lukket punkt, {@code agenda_item.closed}) is listed for everyone, but for
 * anyone who may not read its KKR's closed material it is only its stub: number, public title and legal basis.
 * Its place in the document's text is cut out for them ({@link Redaction}). So is the place of an item of closed
 * material for a member of its KKR whom the secretariat has left out of it (inhabil, {@code item_exclusion}).
 *
 * <p>A closed annex of an open item (lukket bilag, {@code annex.closed}) is, to the same viewers, its public title
 * and legal basis: its line in the item's text and the memo it was matched to (whose document row is closed with it)
 * are cut out, and what was found in them is not read.
 */
public final class Visibility {

    /** SQL over the body id {@code %1$s}: the viewer may read that KKR's closed material. */
    private final String mayReadClosedOf;
    /** SQL over the body id {@code %1$s}: the viewer may read that KKR's drafts (its secretariat). */
    private final String mayReadDraftsOf;
    /** SQL over the item id {@code %1$s}: the viewer is left out of that item (inhabil). */
    private final String leftOutOf;
    /** SQL over the meeting id {@code %1$s}: the viewer is one the meeting's draft agenda is sent to for review. */
    private final String reviews;

    private Visibility(String mayReadClosedOf, String mayReadDraftsOf, String leftOutOf, String reviews) {
        this.mayReadClosedOf = mayReadClosedOf;
        this.mayReadDraftsOf = mayReadDraftsOf;
        this.leftOutOf = leftOutOf;
        this.reviews = reviews;
    }

    /** The rules for {@code viewer}. */
    public static Visibility of(Viewer viewer) {
        return switch (viewer) {
            case Viewer.Public p -> new Visibility("FALSE", "FALSE", "FALSE", "FALSE");
            case Viewer.Reader r -> new Visibility(r.allKkrs() ? "TRUE" : bodyIn(r.kkrs()),
                    r.allKkrs() ? "TRUE" : bodyIn(r.editedKkrs()),
                    "EXISTS (SELECT 1 FROM item_exclusion vx JOIN account va ON va.id = vx.account_id"
                            + " WHERE vx.item_id = %1$s AND va.name = '" + r.name().replace("'", "''") + "')",
                    "EXISTS (SELECT 1 FROM agenda_reviewer vr JOIN account vra ON vra.id = vr.account_id"
                            + " WHERE vr.meeting_id = %1$s AND vra.name = '" + r.name().replace("'", "''") + "')");
        };
    }

    /** SQL over the body id {@code %1$s}: it is one of these KKRs (short names, lower-case letters only). */
    private static String bodyIn(Set<String> kkrs) {
        return kkrs.isEmpty() ? "FALSE" : "COALESCE(%1$s IN (SELECT id FROM body WHERE slug IN ("
                + String.join(", ", kkrs.stream().sorted().map(slug -> "'" + slug + "'").toList()) + ")), FALSE)";
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
     * SQL: the document row {@code alias} may be read at its address: neither it (a memo closed as an annex) nor the
     * file it belongs to is closed to this viewer. A closed memo is closed too to a member left out of an item it is
     * an annex of. An agenda written on the platform is read, before it is published, by its KKR's members once it
     * is released to them, and by its secretariat (and administrators) as a draft — and by those its secretariat sent
     * the draft to for review. (A worse extraction is readable, though not shown.)
     */
    public String readable(String alias) {
        String closed = "vc.closed AND (NOT " + mayReadClosedOf.formatted("vcf.body_id") + " OR EXISTS (SELECT 1"
                + " FROM annex vca WHERE vca.document_id = vc.id AND vca.closed AND "
                + leftOutOf.formatted("vca.item_id") + "))";
        String unpublished = "vc.stage = 'RELEASED' AND NOT " + mayReadClosedOf.formatted("vcf.body_id")
                + " OR vc.stage = 'DRAFT' AND NOT (" + mayReadDraftsOf.formatted("vcf.body_id") + " OR "
                + reviews.formatted("vcf.meeting_id") + ")";
        return "NOT EXISTS (SELECT 1 FROM document vc JOIN document vcf ON vcf.id = COALESCE(vc.parent_id, vc.id)"
                + " WHERE vc.id IN (" + alias + ".id, COALESCE(" + alias + ".parent_id, " + alias + ".id)) AND ("
                + closed + " OR " + unpublished + "))";
    }

    /**
     * SQL: the meeting row {@code alias} is listed: unless its agenda is written on the platform and not yet readable
     * by this viewer (a draft, or released only to the members) and nothing else of it is shown, a meeting is
     * listed even when the viewer sees none of its documents.
     */
    public String meeting(String alias) {
        return "(NOT EXISTS (SELECT 1 FROM document vg WHERE vg.meeting_id = " + alias + ".id AND vg.stage IN ('DRAFT',"
                + " 'RELEASED') AND NOT " + readable("vg") + ") OR EXISTS (SELECT 1 FROM document vh WHERE vh.meeting_id = "
                + alias + ".id AND vh.parent_id IS NULL AND " + document("vh") + "))";
    }

    /** SQL: the document whose id is the SQL expression {@code id} is shown. */
    public String documentId(String id) {
        return "EXISTS (SELECT 1 FROM document vd WHERE vd.id = " + id + " AND " + document("vd") + ")";
    }

    /**
     * SQL: the agenda item row {@code alias} is listed: the document that holds it is shown. A closed item is
     * listed too, but as its stub ({@link #itemStub}) to a viewer who may not read it.
     */
    public String item(String alias) {
        return documentId(alias + ".document_id");
    }

    /** SQL: the agenda item whose id is the SQL expression {@code id} is listed. */
    public String itemId(String id) {
        return "EXISTS (SELECT 1 FROM agenda_item vi WHERE vi.id = " + id + " AND " + item("vi") + ")";
    }

    /**
     * SQL, a boolean: the agenda item row {@code alias} is closed material that this viewer may not read: a closed
     * item (lukket punkt) of a KKR whose closed material the viewer does not read, or an item of closed material
     * the viewer is left out of (inhabil). Such an item is its stub: its number, public title and legal basis, and
     * nothing of its title, case, case owner, text, sections, annexes or what was found in them.
     */
    public String itemStub(String alias) {
        String closedItemOfAnotherKkr = alias + ".closed AND NOT EXISTS (SELECT 1 FROM document vb WHERE vb.id = "
                + alias + ".document_id AND " + mayReadClosedOf.formatted("vb.body_id") + ")";
        String closedMaterial = alias + ".closed OR EXISTS (SELECT 1 FROM document vn JOIN document vo"
                + " ON vo.id = COALESCE(vn.parent_id, vn.id) WHERE vn.id = " + alias + ".document_id AND vo.closed)";
        return "((" + closedItemOfAnotherKkr + ") OR (" + leftOut(alias) + " AND (" + closedMaterial + ")))";
    }

    /** SQL, a boolean: this viewer reads the closed material of the KKR whose body id is the SQL {@code bodyId}. */
    public String readsClosedOf(String bodyId) {
        return "(" + mayReadClosedOf.formatted(bodyId) + ")";
    }

    /** SQL, a boolean: this viewer is left out of the agenda item row {@code alias} (inhabil). */
    public String leftOut(String alias) {
        return "(" + leftOutOf.formatted(alias + ".id") + ")";
    }

    /** SQL: the agenda item row {@code alias} is listed and read in full, not as a stub. */
    public String itemInFull(String alias) {
        return item(alias) + " AND NOT " + itemStub(alias);
    }

    /**
     * SQL: the item's title as this viewer reads it: the public title of a stub (an item of a closed file has none
     * of its own: the file's).
     */
    public String itemTitle(String alias) {
        return "CASE WHEN " + itemStub(alias) + " THEN COALESCE(" + alias + ".public_title, (SELECT vt.public_title"
                + " FROM document vm JOIN document vt ON vt.id = COALESCE(vm.parent_id, vm.id) WHERE vm.id = " + alias
                + ".document_id)) ELSE " + alias + ".title END";
    }

    /**
     * SQL: what hangs on the item whose id is the SQL expression {@code id} (a section, an annex; null for none) may
     * be read: that item is not a stub to this viewer.
     */
    public String outsideStubs(String id) {
        return "NOT EXISTS (SELECT 1 FROM agenda_item vs WHERE vs.id = " + id + " AND " + itemStub("vs") + ")";
    }

    /**
     * SQL, a boolean: the annex row {@code alias} is closed to this viewer (a closed annex of an open item, lukket
     * bilag): the viewer may not read its KKR's closed material, or is left out of its item. Such an annex is its
     * public title and legal basis; its title, its line in the item's text and its memo are not read.
     */
    public String annexCut(String alias) {
        return "(" + alias + ".closed AND (" + leftOutOf.formatted(alias + ".item_id") + " OR NOT EXISTS (SELECT 1"
                + " FROM agenda_item vai JOIN document vad ON vad.id = vai.document_id WHERE vai.id = " + alias
                + ".item_id AND " + mayReadClosedOf.formatted("vad.body_id") + ")))";
    }

    /**
     * SQL: the finding {@code alias} (a row of {@code entity_mention} or {@code text_table}: its item, document and
     * span) may be read: its item is not a stub, its document (a memo, or the file) is readable, and it is not in
     * the line of an annex closed to this viewer.
     */
    public String finding(String alias) {
        return outsideStubs(alias + ".item_id") + " AND EXISTS (SELECT 1 FROM document vr WHERE vr.id = " + alias
                + ".document_id AND " + readable("vr") + ") AND NOT EXISTS (SELECT 1 FROM annex vfa WHERE vfa.item_id = "
                + alias + ".item_id AND vfa.span_start < " + alias + ".span_end AND vfa.span_end > " + alias
                + ".span_start AND " + annexCut("vfa") + ")";
    }
}
