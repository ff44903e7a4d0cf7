/**
 * A search as a user asks it (words, filters, sort, page) and its result as the page, the JSON API, the feed and the
 * command line show it.
 */
package dk.kkr.service.search;
