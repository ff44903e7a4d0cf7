package dk.kkr.service.access;

import dk.kkr.search.ArchiveIndex;
import dk.kkr.search.ItemDoc;
import dk.kkr.store.Closure;
import dk.kkr.store.access.Account;
import dk.kkr.store.access.ItemAccess;

import java.util.List;

/**
 * Closes an agenda item in the archive and takes it out of the search index (which holds what the public sees), in
 * that order: the index is marked as lagging before the store changes, so that a process killed in between leaves an
 * index that is rebuilt when next opened, never one that still finds the closed item.
 */
public final class ItemClosing {

    private final ItemAccess closures;
    private final ArchiveIndex index;

    public ItemClosing(ItemAccess closures, ArchiveIndex index) {
        this.closures = closures;
        this.index = index;
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
}
