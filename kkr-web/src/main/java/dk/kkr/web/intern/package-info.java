/**
 * Endpoints for this machine only (loopback, with the running server's token): the import a command line hands over.
 */
package dk.kkr.web.intern;
