/**
 * A calculation's result as a table, the same on the page, in the downloads and at the command line.
 */
package dk.kkr.service.calc;
