package dk.kkr.store.read;

import dk.kkr.store.access.Account;
import dk.kkr.store.access.Role;

import java.util.Set;

/**
 * Who reads the archive. Every reader of the store is made for one viewer and shows only what
 * {@link Visibility} lets that viewer see: the public sees what the archive publishes; an account also reads the
 * closed material of its KKRs (all of them, for an administrator).
 */
public sealed interface Viewer permits Viewer.Public, Viewer.Reader {

    /** Anyone on the public site, the API, OParl, the feeds and the command line. */
    Viewer PUBLIC = new Public();

    /**
     * The viewer an account is: a reader of its KKRs' closed material, or of all closed material; a secretariat also
     * reads its KKRs' drafts.
     */
    static Viewer of(Account account) {
        return new Reader(account.name(), Set.copyOf(account.kkrs()),
                account.role() == Role.SECRETARIAT ? Set.copyOf(account.kkrs()) : Set.of(),
                account.role() == Role.ADMINISTRATOR);
    }

    /** The public: sees what the archive publishes, once (the best extraction of each document). */
    record Public() implements Viewer {
    }

    /**
     * A logged-in account: sees what the public sees, and the closed material of the KKRs named by their short
     * names ("hovedstaden"), or of every KKR when {@code allKkrs}; and the drafts of the KKRs it edits
     * ({@code editedKkrs}, its secretariat's; every KKR's when {@code allKkrs}).
     */
    record Reader(String name, Set<String> kkrs, Set<String> editedKkrs, boolean allKkrs) implements Viewer {
        public Reader {
            kkrs = Set.copyOf(kkrs);
            editedKkrs = Set.copyOf(editedKkrs);
            if (!kkrs.containsAll(editedKkrs)) {
                throw new IllegalArgumentException("an account edits only KKRs it reads: " + editedKkrs);
            }
            if (!kkrs.stream().allMatch(slug -> slug.matches("[a-z]+"))) {
                throw new IllegalArgumentException("a KKR's short name is lower-case letters: " + kkrs);
            }
        }

        /** A reader of closed material who edits nothing: a member, or an administrator when {@code allKkrs}. */
        public Reader(String name, Set<String> kkrs, boolean allKkrs) {
            this(name, kkrs, Set.of(), allKkrs);
        }
    }
}
