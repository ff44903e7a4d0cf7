package dk.kkr.store.access;

import java.util.List;

/**
 * What the command line does with the archive's accounts: the {@link AccountStore} itself, or, while a server owns
 * the embedded database, the same calls handed to that server. Each refusal is an {@link AccessException} with one
 * Danish sentence.
 */
public interface Accounts {

    /** Adds an account ({@link AccountStore#add}). */
    Account add(String name, Role role, List<String> kkrs, String email, String passwordHash);

    /** Every account, by name. */
    List<Account> list();

    /** Removes an account and its tokens. */
    void remove(String name);

    /** The account with this name. */
    Account require(String name);

    /** A new personal API token of the account, returned once. */
    String newToken(String name);

    /** Revokes the account's tokens; how many. */
    int revokeTokens(String name);

    /** Sets (or, with null, removes) the account's two-factor secret. */
    void setTwoFactorSecret(String name, String secret);
}
