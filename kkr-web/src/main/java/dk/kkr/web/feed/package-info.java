/**
 * Subscriptions: iCalendars of meetings and deadlines, Atom feeds of new items, decisions and saved searches.
 */
package dk.kkr.web.feed;
