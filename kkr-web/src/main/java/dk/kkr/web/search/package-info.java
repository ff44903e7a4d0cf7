/**
 * The search page {@code /soeg} and {@code /api/search}.
 */
package dk.kkr.web.search;
