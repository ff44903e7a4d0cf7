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

    /** The viewer an account is: a reader of its KKRs' closed material, or of all closed material. */
    static Viewer of(Account account) {
        return new Reader(account.name(), Set.copyOf(account.kkrs()), account.role() == Role.ADMINISTRATOR);
    }

    /** The public: sees what the archive publishes, once (the best extraction of each document). */
    record Public() implements Viewer {
    }

    /**
     * A logged-in account: sees what the public sees, and the closed material of the KKRs named by their short
     * names ("hovedstaden"), or of every KKR when {@code allKkrs}.
     */
    record Reader(String name, Set<String> kkrs, boolean allKkrs) implements Viewer {
        public Reader {
            kkrs = Set.copyOf(kkrs);
            if (!kkrs.stream().allMatch(slug -> slug.matches("[a-z]+"))) {
                throw new IllegalArgumentException("a KKR's short name is lower-case letters: " + kkrs);
            }
        }
    }
}
