package dk.kkr.service.access;

import dk.kkr.search.ArchiveIndex;
import dk.kkr.search.ItemDoc;
import dk.kkr.search.ReindexFromStore;
import dk.kkr.store.Closure;
import dk.kkr.store.access.Account;
import dk.kkr.store.access.ItemAccess;

import java.util.List;

/**
 * Closes an agenda item, or an annex of one, in the archive and brings the search index (which holds what the public
 * sees) after it, in that order: the index is marked as lagging before the store changes, so that a process killed in
 * between leaves an index that is rebuilt when next opened, never one that still finds what was closed.
 */
public final class ItemClosing {

    private final ItemAccess closures;
    private final ArchiveIndex index;
    private final ReindexFromStore units;

    public ItemClosing(ItemAccess closures, ArchiveIndex index, ReindexFromStore units) {
        this.closures = closures;
        this.index = index;
        this.units = units;
    }

    /**
     * Closes item {@code itemId} and the items under it, by {@code account}; the ids of the items closed.
     *
     * @throws dk.kkr.store.access.AccessException with one Danish sentence when it may not or cannot be closed
     */
    public List<Long> close(long itemId, Closure closure, Account account) {
        index.expectChanges();
        List<Long> closed = closures.close(itemId, closure, account);
        closed.forEach(id -> index.delete(ItemDoc.Unit.ITEM.key(id)));
        index.commit();
        return closed;
    }

    /**
     * Closes annex {@code annexId} of an open item, with its memo, by {@code account}: the memos leave the index, and
     * the items of every file it touched are indexed anew as the public now reads them.
     *
     * @throws dk.kkr.store.access.AccessException with one Danish sentence when it may not or cannot be closed
     */
    public ItemAccess.ClosedAnnex closeAnnex(long annexId, Closure closure, Account account) {
        index.expectChanges();
        ItemAccess.ClosedAnnex closed = closures.closeAnnex(annexId, closure, account);
        closed.memos().forEach(id -> index.delete(ItemDoc.Unit.DOCUMENT.key(id)));
        closed.sourceFiles().forEach(file -> units.ofSourceFile(file).forEach(index::index));
        index.commit();
        return closed;
    }
}
