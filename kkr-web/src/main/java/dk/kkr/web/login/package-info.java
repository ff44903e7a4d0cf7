/** Logging in and out with the archive's accounts (the web half of access; the accounts live in the store). */
package dk.kkr.web.login;
