/** Accounts as the command line and the web both handle them: password rules and hashing. */
package dk.kkr.service.access;
