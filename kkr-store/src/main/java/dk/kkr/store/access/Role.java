package dk.kkr.store.access;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What an account may do. Rights are per KKR: a member reads the closed material of the KKRs the account is given,
 * a secretariat also edits them; an administrator manages accounts and sees everything. The public has no account.
 */
public enum Role {
    MEMBER("medlem"), SECRETARIAT("sekretariat"), ADMINISTRATOR("administrator");

    private final String danish;

    Role(String danish) {
        this.danish = danish;
    }

    /** The Danish name the command line and the pages use ("medlem"). */
    public String danish() {
        return danish;
    }

    /** The role with this Danish name, in any case. */
    public static Optional<Role> ofDanish(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(r -> r.danish.equals(wanted)).findFirst();
    }
}
