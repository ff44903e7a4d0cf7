/**
 * Accounts and their rights, beside the archive they give access to: roles per KKR, password hashes, lock-out and
 * personal API tokens. The readers decide what an account sees ({@link dk.kkr.store.read.Visibility}); this package
 * only says who it is.
 */
package dk.kkr.store.access;
