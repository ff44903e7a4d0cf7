package dk.kkr.store.access;

import dk.kkr.core.model.AnnexRef;
import dk.kkr.core.model.DocumentKind;
import dk.kkr.core.text.Messages;
import dk.kkr.store.Closure;
import dk.kkr.store.Durability;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who reads a single agenda item: closing items (lukkede punkter) of open documents, with the list of legal bases a
 * secretariat chooses from, and leaving members out of closed items (inhabil). Only the secretariat of the item's KKR
 * and administrators do either.
 *
 * <p>Closing an item closes the items numbered under it that are open (one closed before keeps its own public
 * title) in every extraction of its document, adds a new legal basis to the list, and is written in the
 * {@link AuditLog}, all in one transaction. An item of an annex bundle is not closed this way (its annexes are
 * documents of their own), nor is an item of a closed file (it is closed already).
 *
 * <p>Within an open item, single annexes can be closed (lukkede bilag) with the memos they are, in every extraction.
 *
 * <p>A member left out of an item is left out of the items under it; what that means for reading is
 * {@link dk.kkr.store.read.Visibility}'s. Thread-safe.
 */
public final class ItemAccess {

    /** Longest public wording of a decision stored. */
    public static final int MAX_DECISION = 4000;

    /** SQL: the documents of every extraction of the document shown as {@code :shown}, the memos inside them too. */
    private static final String EXTRACTIONS = """
            SELECT g.id FROM document g WHERE g.id IN (SELECT x.id FROM document x WHERE x.id = :shown
                                                       UNION SELECT x.id FROM document x WHERE x.duplicate_of = :shown)
               OR g.parent_id IN (SELECT x.id FROM document x WHERE x.id = :shown
                                  UNION SELECT x.id FROM document x WHERE x.duplicate_of = :shown)""";

    /** SQL: the agenda item is the one numbered {@code :number} or numbered under it ("3" holds "3.1", "3.1.2"). */
    private static final String UNDER = "(number = :number OR number LIKE :number || '.%')";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Durability durability;
    private final Clock clock;

    public ItemAccess(DataSource dataSource) {
        this(dataSource, Clock.systemDefaultZone());
    }

    public ItemAccess(DataSource dataSource, Clock clock) {
        this.jdbc = JdbcClient.create(dataSource);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.durability = new Durability(dataSource);
        this.clock = clock;
    }

    /** The legal bases to choose from, in alphabetical order. */
    public List<String> legalBases() {
        return jdbc.sql("SELECT text FROM legal_basis ORDER BY text").query(String.class).list();
    }

    /** Whether {@code account} may close item {@code itemId} now: it may, and the item can be closed. */
    public boolean closable(long itemId, Account account) {
        return target(itemId).map(item -> mayEdit(item, account) && closingRefusal(item).isEmpty()).orElse(false);
    }

    /**
     * Closes item {@code itemId} and the items under it, by {@code account}, in every extraction of its document;
     * the ids of the items closed, the item itself first.
     *
     * @throws AccessException with one Danish sentence when the account may not, or the item cannot be closed
     */
    public List<Long> close(long itemId, Closure closure, Account account) {
        if (!closure.closed()) {
            throw new IllegalArgumentException("an item is closed with a closure that closes");
        }
        List<Long> closed = transactions.execute(status -> {
            Target item = editable(itemId, account);
            closingRefusal(item).ifPresent(reason -> {
                throw new AccessException(reason);
            });
            List<Long> ids = jdbc.sql("""
                            SELECT id FROM agenda_item WHERE document_id = :document AND %s AND NOT closed
                            ORDER BY CASE WHEN id = :item THEN 0 ELSE 1 END, position""".formatted(UNDER))
                    .param("document", item.documentId()).param("number", item.number()).param("item", itemId)
                    .query(Long.class).list();
            jdbc.sql("""
                            UPDATE agenda_item SET closed = TRUE, public_title = :title, legal_basis = :basis
                            WHERE id IN (:ids)""")
                    .param("title", closure.publicTitle()).param("basis", closure.legalBasis()).param("ids", ids)
                    .update();
            listLegalBasis(closure.legalBasis());
            List<Long> all = new ArrayList<>(ids);
            all.addAll(acrossExtractions(jdbc, item.documentId()));
            new AuditLog(jdbc, clock).closed(closure.closedBy(), item.documentId(), itemId);
            return all;
        });
        durability.committed();
        return closed;
    }

    /** Adds {@code basis} to the list of legal bases if it is not on it. */
    private void listLegalBasis(String basis) {
        if (jdbc.sql("SELECT COUNT(*) FROM legal_basis WHERE text = :text").param("text", basis)
                .query(Long.class).single() == 0) {
            jdbc.sql("INSERT INTO legal_basis (text) VALUES (:text)").param("text", basis).update();
        }
    }

    /**
     * Closes in every extraction of the document that holds {@code documentId} (near-duplicates, e.g. the text and
     * the PDF reading of one agenda) the items closed in any of them, matched by number, and the annexes closed in any
     * of them, matched by their item's number and their title ({@link AnnexRef#key}), with the memos they are: the
     * worse extractions are readable at their own addresses, and whichever extraction is shown, the public reads the
     * stub. The ids of the items it closed.
     */
    public static List<Long> acrossExtractions(JdbcClient jdbc, long documentId) {
        long shown = shownExtraction(jdbc, documentId);
        annexesAcrossExtractions(jdbc, shown);
        String closedTwin = "FROM agenda_item c WHERE c.closed AND c.number = agenda_item.number AND c.document_id IN ("
                + EXTRACTIONS + ")";
        List<Long> ids = jdbc.sql("SELECT id FROM agenda_item WHERE NOT closed AND document_id IN (" + EXTRACTIONS
                        + ") AND EXISTS (SELECT 1 " + closedTwin + ")")
                .param("shown", shown).query(Long.class).list();
        if (!ids.isEmpty()) {
            jdbc.sql("UPDATE agenda_item SET closed = TRUE, public_title = (SELECT MIN(c.public_title) " + closedTwin
                            + "), legal_basis = (SELECT MIN(c.legal_basis) " + closedTwin + ") WHERE id IN (:ids)")
                    .param("shown", shown).param("ids", ids).update();
        }
        return ids;
    }

    /** Closes the annexes of the extractions of {@code shown} whose twin (same item number and title) is closed. */
    private static void annexesAcrossExtractions(JdbcClient jdbc, long shown) {
        List<AnnexRow> annexes = jdbc.sql("""
                        SELECT a.id, i.number, a.title, a.closed, a.public_title, a.legal_basis
                        FROM annex a JOIN agenda_item i ON i.id = a.item_id
                        WHERE i.document_id IN (%s) ORDER BY a.id""".formatted(EXTRACTIONS))
                .param("shown", shown)
                .query((rs, row) -> new AnnexRow(rs.getLong(1), rs.getString(2) + "\n" + AnnexRef.key(rs.getString(3)),
                        rs.getBoolean(4), rs.getString(5), rs.getString(6)))
                .list();
        Map<String, AnnexRow> closedTwins = new HashMap<>();
        annexes.stream().filter(AnnexRow::closed).forEach(a -> closedTwins.putIfAbsent(a.twin(), a));
        annexes.stream().filter(a -> !a.closed() && closedTwins.containsKey(a.twin())).forEach(a -> {
            AnnexRow twin = closedTwins.get(a.twin());
            closeAnnexes(jdbc, List.of(a.id()), twin.publicTitle(), twin.legalBasis());
        });
    }

    /** An annex: its id, what its twins in other extractions share (item number and title), its closure. */
    private record AnnexRow(long id, String twin, boolean closed, String publicTitle, String legalBasis) {
    }

    /**
     * Closes annexes {@code ids} and the memos they were matched to, with the annexes matched to those memos; the ids
     * of the memos closed.
     */
    private static List<Long> closeAnnexes(JdbcClient jdbc, List<Long> ids, String publicTitle, String legalBasis) {
        List<Long> memos = jdbc.sql("""
                        SELECT DISTINCT a.document_id FROM annex a JOIN document d ON d.id = a.document_id
                        WHERE a.id IN (:ids) AND d.parent_id IS NOT NULL""")
                .param("ids", ids).query(Long.class).list();
        String annexes = memos.isEmpty() ? "id IN (:ids)" : "(id IN (:ids) OR document_id IN (:memos))";
        jdbc.sql("UPDATE annex SET closed = TRUE, public_title = :title, legal_basis = :basis WHERE NOT closed AND "
                        + annexes)
                .param("title", publicTitle).param("basis", legalBasis).param("ids", ids)
                .param("memos", memos).update();
        if (!memos.isEmpty()) {
            jdbc.sql("""
                            UPDATE document SET closed = TRUE, public_title = :title, legal_basis = :basis
                            WHERE NOT closed AND id IN (:memos)""")
                    .param("title", publicTitle).param("basis", legalBasis).param("memos", memos).update();
        }
        return memos;
    }

    /**
     * What closing an annex changed: the memos closed with it, and the source files whose items now read
     * differently (in every extraction), so that the search index can follow.
     */
    public record ClosedAnnex(List<Long> memos, List<Long> sourceFiles) {
    }

    /** Whether {@code account} may close annexes of item {@code itemId}: it may edit it, and the item is open. */
    public boolean annexesClosable(long itemId, Account account) {
        return target(itemId).map(item -> mayEdit(item, account) && !item.closed()).orElse(false);
    }

    /**
     * Closes annex {@code annexId} of an open item (lukket bilag), by {@code account}: the annex of the same title
     * under the item of the same number in every extraction of its document, the memos they were matched to, and
     * the other annexes matched to those memos. Adds a new legal basis to the list; written in the
     * {@link AuditLog}; all in one transaction.
     *
     * @throws AccessException with one Danish sentence when the account may not, or the annex cannot be closed
     */
    public ClosedAnnex closeAnnex(long annexId, Closure closure, Account account) {
        if (!closure.closed()) {
            throw new IllegalArgumentException("an annex is closed with a closure that closes");
        }
        ClosedAnnex changed = transactions.execute(status -> {
            record Annex(long itemId, String number, String title, boolean closed) {
            }
            Annex annex = jdbc.sql("""
                            SELECT a.item_id, i.number, a.title, a.closed FROM annex a
                            JOIN agenda_item i ON i.id = a.item_id WHERE a.id = :id""")
                    .param("id", annexId)
                    .query((rs, row) -> new Annex(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
                    .optional()
                    .orElseThrow(() -> new AccessException(Messages.text("closeAnnex.noSuchAnnex", annexId)));
            Target item = editable(annex.itemId(), account);
            if (annex.closed()) {
                throw new AccessException(Messages.text("closeAnnex.alreadyClosed"));
            }
            if (item.closed()) {
                throw new AccessException(Messages.text("closeAnnex.itemClosed"));
            }
            String key = AnnexRef.key(annex.title());
            record Twin(long id, String title, long sourceFile) {
            }
            List<Twin> twins = jdbc.sql("""
                            SELECT a.id, a.title, d.source_file_id FROM annex a JOIN agenda_item i ON i.id = a.item_id
                            JOIN document d ON d.id = i.document_id
                            WHERE i.document_id IN (%s) AND i.number = :number AND NOT a.closed""".formatted(EXTRACTIONS))
                    .param("shown", shownExtraction(jdbc, item.documentId())).param("number", annex.number())
                    .query((rs, row) -> new Twin(rs.getLong(1), rs.getString(2), rs.getLong(3)))
                    .list().stream()
                    .filter(twin -> twin.id() == annexId || key.equals(AnnexRef.key(twin.title())))
                    .toList();
            List<Long> memos = closeAnnexes(jdbc, twins.stream().map(Twin::id).toList(), closure.publicTitle(),
                    closure.legalBasis());
            listLegalBasis(closure.legalBasis());
            new AuditLog(jdbc, clock).closedAnnex(closure.closedBy(), item.documentId(), annex.itemId());
            List<Long> files = new ArrayList<>(twins.stream().map(Twin::sourceFile).distinct().toList());
            if (!memos.isEmpty()) {
                jdbc.sql("SELECT DISTINCT source_file_id FROM document WHERE id IN (:memos)").param("memos", memos)
                        .query(Long.class).list().stream().filter(file -> !files.contains(file)).forEach(files::add);
            }
            return new ClosedAnnex(memos, List.copyOf(files));
        });
        durability.committed();
        return changed;
    }

    /** Whether {@code account} may publish or withhold the decision of item {@code itemId}: it is a closed item. */
    public boolean decidable(long itemId, Account account) {
        return target(itemId).map(item -> item.itemClosed() && mayEdit(item, account)).orElse(false);
    }

    /**
     * Publishes the public wording of closed item {@code itemId}'s decision, or withholds it for the reason given
     * (exactly one of the two), by {@code account}, in every extraction of its document; written in the
     * {@link AuditLog}.
     *
     * @throws AccessException with one Danish sentence when the account may not, the item is not closed, or both
     *                         or neither are given
     */
    public void decide(long itemId, String publicDecision, String withheldBecause, Account account) {
        String wording = publicDecision == null ? "" : publicDecision.strip();
        String reason = withheldBecause == null ? "" : withheldBecause.strip();
        if (wording.isEmpty() == reason.isEmpty()) {
            throw new AccessException(Messages.text("decision.oneOfTwo"));
        }
        if (wording.length() > MAX_DECISION || reason.length() > Closure.MAX_LENGTH) {
            throw new AccessException(Messages.text("decision.tooLong", MAX_DECISION, Closure.MAX_LENGTH));
        }
        transactions.executeWithoutResult(status -> {
            Target item = editable(itemId, account);
            if (!item.itemClosed()) {
                throw new AccessException(Messages.text("decision.notClosed"));
            }
            jdbc.sql("""
                            UPDATE agenda_item SET public_decision = :wording, decision_withheld = :reason
                            WHERE closed AND document_id IN (%s)
                              AND number = (SELECT n.number FROM agenda_item n WHERE n.id = :item)""".formatted(EXTRACTIONS))
                    .param("wording", wording.isEmpty() ? null : wording).param("reason", reason.isEmpty() ? null : reason)
                    .param("shown", shownExtraction(jdbc, item.documentId())).param("item", itemId).update();
            new AuditLog(jdbc, clock).decided(account.name(), item.documentId(), itemId);
        });
        durability.committed();
    }

    /** Whether {@code account} may leave members out of item {@code itemId}. */
    public boolean mayExclude(long itemId, Account account) {
        return target(itemId).map(item -> mayEdit(item, account)).orElse(false);
    }

    /** The names of the members left out of item {@code itemId}, by name. */
    public List<String> excluded(long itemId) {
        return jdbc.sql("""
                        SELECT a.name FROM item_exclusion x JOIN account a ON a.id = x.account_id
                        WHERE x.item_id = :item ORDER BY a.name""")
                .param("item", itemId).query(String.class).list();
    }

    /** The members of the item's KKR who are not left out of it, by name: whom the secretariat may leave out. */
    public List<String> includable(long itemId) {
        return target(itemId).map(item -> jdbc.sql("""
                        SELECT a.name FROM account a JOIN account_body ab ON ab.account_id = a.id
                        JOIN body b ON b.id = ab.body_id
                        WHERE a.role = 'MEMBER' AND b.slug = :kkr
                          AND NOT EXISTS (SELECT 1 FROM item_exclusion x WHERE x.item_id = :item AND x.account_id = a.id)
                        ORDER BY a.name""")
                .param("kkr", item.kkr()).param("item", itemId).query(String.class).list()).orElse(List.of());
    }

    /**
     * Leaves member {@code memberName} out of item {@code itemId} and the items under it (inhabil), in every
     * extraction of its document, or lets them back in ({@code excluded} false), by {@code account}; written in the
     * {@link AuditLog} (letting in a member who was not left out changes nothing and is not).
     *
     * @throws AccessException with one Danish sentence when the account may not, or there is no such item or member
     */
    public void exclude(long itemId, String memberName, boolean excluded, Account account) {
        transactions.executeWithoutResult(status -> {
            Target item = editable(itemId, account);
            long member = jdbc.sql("""
                            SELECT a.id FROM account a JOIN account_body ab ON ab.account_id = a.id
                            JOIN body b ON b.id = ab.body_id
                            WHERE a.name = :name AND a.role = 'MEMBER' AND b.slug = :kkr""")
                    .param("name", memberName.strip()).param("kkr", item.kkr()).query(Long.class).optional()
                    .orElseThrow(() -> new AccessException(Messages.text("exclusion.noSuchMember", memberName.strip())));
            // the item, the items under it, and the items of the same numbers in the other extractions
            List<Long> items = jdbc.sql("""
                            SELECT id FROM agenda_item WHERE document_id IN (%s) AND %s""".formatted(EXTRACTIONS, UNDER))
                    .param("shown", shownExtraction(jdbc, item.documentId())).param("number", item.number())
                    .query(Long.class).list();
            int before = jdbc.sql("DELETE FROM item_exclusion WHERE account_id = :member AND item_id IN (:items)")
                    .param("member", member).param("items", items).update();
            if (excluded) {
                for (long id : items) {
                    jdbc.sql("""
                                    INSERT INTO item_exclusion (item_id, account_id, excluded_by, excluded_at)
                                    VALUES (:item, :member, :by, :at)""")
                            .param("item", id).param("member", member).param("by", account.name())
                            .param("at", OffsetDateTime.now(clock)).update();
                }
            }
            if (excluded || before > 0) {
                new AuditLog(jdbc, clock).excluded(account.name(), item.documentId(), itemId, memberName.strip(),
                        excluded);
            }
        });
        durability.committed();
    }

    /** The file document shown of the extractions that hold {@code documentId}. */
    private static long shownExtraction(JdbcClient jdbc, long documentId) {
        return jdbc.sql("""
                        SELECT COALESCE(f.duplicate_of, f.id) FROM document d
                        JOIN document f ON f.id = COALESCE(d.parent_id, d.id) WHERE d.id = :id""")
                .param("id", documentId).query(Long.class).single();
    }

    private Optional<Target> target(long itemId) {
        return jdbc.sql("""
                        SELECT i.document_id, i.number, i.closed AS item_closed, d.kind,
                               f.closed AS file_closed, b.slug
                        FROM agenda_item i
                        JOIN document d ON d.id = i.document_id
                        JOIN document f ON f.id = COALESCE(d.parent_id, d.id)
                        LEFT JOIN body b ON b.id = d.body_id
                        WHERE i.id = :id""")
                .param("id", itemId)
                .query((rs, row) -> new Target(rs.getLong("document_id"), rs.getString("number"),
                        rs.getBoolean("item_closed"), rs.getBoolean("file_closed"),
                        DocumentKind.valueOf(rs.getString("kind")), rs.getString("slug")))
                .optional();
    }

    /** Whether {@code account} is the secretariat of the item's KKR, or an administrator. */
    private static boolean mayEdit(Target item, Account account) {
        return account.role() == Role.ADMINISTRATOR
                || account.role() == Role.SECRETARIAT && item.kkr() != null && account.kkrs().contains(item.kkr());
    }

    /**
     * The item {@code account} changes: it exists, and the account is its KKR's secretariat or an administrator.
     *
     * @throws AccessException with one Danish sentence otherwise
     */
    private Target editable(long itemId, Account account) {
        Target item = target(itemId)
                .orElseThrow(() -> new AccessException(Messages.text("closeItem.noSuchItem", itemId)));
        if (!mayEdit(item, account)) {
            throw new AccessException(Messages.text("closeItem.notAllowed", account.name()));
        }
        return item;
    }

    /** Why the item cannot be closed, in one Danish sentence; empty when it can. */
    private static Optional<String> closingRefusal(Target item) {
        if (item.closed()) {
            return Optional.of(Messages.text("closeItem.alreadyClosed"));
        }
        if (item.kind() == DocumentKind.ANNEX_BUNDLE) {
            return Optional.of(Messages.text("closeItem.annexBundle"));
        }
        return Optional.empty();
    }

    private record Target(long documentId, String number, boolean itemClosed, boolean fileClosed,
                          DocumentKind kind, String kkr) {

        boolean closed() {
            return itemClosed || fileClosed;
        }
    }
}
